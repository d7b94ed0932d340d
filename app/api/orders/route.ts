import { NextResponse, type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { IDEMPOTENCY_KEY } from "@/lib/orders/idempotency";
import { orderRequestSchema } from "@/lib/orders/order-request";
import { placeOrder } from "@/lib/orders/place-order";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** Places an order (docs/api.md): `Idempotency-Key` required; the same key replays the first answer. */
export const POST = withApiErrors(async (request: NextRequest) => {
  const key = request.headers.get("idempotency-key");
  if (!key) return apiError(400, "idempotency_key_required", "Send an Idempotency-Key header (e.g. a UUID) so a retry cannot order twice.");
  if (!IDEMPOTENCY_KEY.test(key)) return apiError(400, "bad_request", "Idempotency-Key: must be 1 to 255 visible ASCII characters.");
  const body = await readJsonBody(request, orderRequestSchema);
  if (!body.ok) return body.response;
  const outcome = await placeOrder(await getDb(), body.value, { idempotencyKey: key, userId: (await getSessionUser())?.id ?? null });
  if (outcome.kind === "key_reused") {
    return apiError(422, "idempotency_key_reused", "This Idempotency-Key was used with another request; use a new key for a new order.");
  }
  const { answer, replayed } = outcome;
  return NextResponse.json(answer.body, { status: answer.status, headers: { ...PRIVATE, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) } });
});
