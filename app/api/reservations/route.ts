import { after, NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { analyticsContext } from "@/lib/analytics/context";
import { recordServerEvent } from "@/lib/analytics/server-events";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { clientAddress } from "@/lib/http/forwarded";
import { readJsonBody } from "@/lib/http/json-body";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { mailReservation } from "@/lib/inventory/reservation-mail";
import { createReservation, MAX_RESERVED_UNITS } from "@/lib/inventory/reservations";
import { consumeLimits } from "@/lib/limits/limiter";
import { emailSchema, quantitySchema, skuSchema, storeSlugSchema } from "@/lib/orders/order-request";
import { attributionOfRequest } from "@/lib/visitor/request";

export const dynamic = "force-dynamic";

const reservationSchema = z.object({
  sku: skuSchema,
  store: storeSlugSchema,
  quantity: quantitySchema(MAX_RESERVED_UNITS).default(1),
  email: emailSchema.optional(),
});

/**
 * Click-and-collect (docs/stores-and-pickup.md, docs/api.md): holds units at a store; 201 with the pickup code, or 409
 * out_of_stock. Signed in, the reservation is the account's too and `email` may be left out.
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  const body = await readJsonBody(request, reservationSchema);
  if (!body.ok) return body.response;
  const user = await getSessionUser();
  const email = body.value.email ?? user?.email;
  if (!email) return apiError(400, "bad_request", "email: is required when not signed in");
  const client = clientAddress(request.headers);
  // Each reservation mails its code: the mail caps count here too (docs/security.md).
  const limit = await consumeLimits([
    ["reservationsPerClient", client],
    ["mailsPerClient", client],
    ["mailsPerRecipient", email],
  ]);
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const db = await getDb();
  const result = await createReservation(db, { ...body.value, email, userId: user?.id ?? null, clientAddress: client, attribution: attributionOfRequest(request) });
  if (!result.ok) {
    if (result.reason === "too_many_holds") {
      const message = "This address or device already holds as many reservations as allowed; cancel one, pick it up, or try again when the earliest ends.";
      return tooManyRequests(result.retryAfterSeconds, message, "too_many_holds");
    }
    if (result.reason === "unknown_sku") return apiError(400, "unknown_sku", `SKU "${body.value.sku}" is not on sale.`);
    if (result.reason === "unknown_store") return apiError(400, "unknown_store", `No store "${body.value.store}".`);
    return apiError(409, "out_of_stock", `Only ${result.available ?? 0} left at this store.`, { available: result.available ?? 0 });
  }
  after(() => mailReservation(db, result));
  const context = analyticsContext((name) => request.cookies.get(name)?.value, (name) => request.headers.get(name));
  after(() => recordServerEvent(db, context, { type: "reservation", id: result.id, userId: user?.id ?? null, storeSlug: body.value.store, sku: body.value.sku }));
  return NextResponse.json(
    { id: result.id, code: result.code, expiresAt: result.expiresAt.toISOString(), url: `/reservations/${result.id}?token=${result.token}` },
    { status: 201, headers: { "Cache-Control": "private, no-store" } },
  );
});
