import { NextResponse, type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { apiError, notFoundError, withApiErrors } from "@/lib/http/api-error";
import { cancelReservation, getReservation } from "@/lib/inventory/reservations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const access = async (request: NextRequest) => ({ token: request.nextUrl.searchParams.get("token") ?? undefined, userId: (await getSessionUser())?.id });

/** A reservation for the holder of its link (`?token=`) or its signed-in owner: status, code, store, expiry. */
export const GET = withApiErrors(async (request: NextRequest, { params }: Context) => {
  const { id } = await params;
  const view = await getReservation(await getDb(), id, await access(request));
  if (!view) return notFoundError("Reservation");
  return NextResponse.json(
    {
      id: view.id,
      code: view.code,
      status: view.status,
      sku: view.sku.sku,
      store: view.store.slug,
      quantity: view.quantity,
      expiresAt: view.expiresAt.toISOString(),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});

/** Cancels an active reservation (its units go back on sale); an expired one is a 410. */
export const DELETE = withApiErrors(async (request: NextRequest, { params }: Context) => {
  const { id } = await params;
  const result = await cancelReservation(await getDb(), id, await access(request));
  if (result.ok) return new NextResponse(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
  if (result.reason === "not_found") return notFoundError("Reservation");
  if (result.reason === "reservation_expired") return apiError(410, "reservation_expired", "This reservation has expired; its units are back on sale.");
  if (result.reason === "reservation_collected") return apiError(409, "reservation_collected", "This reservation was already collected.");
  return apiError(409, "reservation_cancelled", "This reservation was already cancelled.");
});
