import { after, NextResponse, type NextRequest } from "next/server";
import { analyticsContext } from "@/lib/analytics/context";
import { recordServerEvent } from "@/lib/analytics/server-events";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { consumeLimit, consumeLimits } from "@/lib/limits/limiter";
import { clientAddress } from "@/lib/http/forwarded";
import { mailOrderConfirmation } from "@/lib/orders/confirmation-mail";
import { IDEMPOTENCY_KEY, idempotencyCaller } from "@/lib/orders/idempotency";
import { orderRequestSchema } from "@/lib/orders/order-request";
import { placeOrder } from "@/lib/orders/place-order";
import { attributionOfRequest, visitorOfRequest } from "@/lib/visitor/request";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** Places an order (docs/api.md): `Idempotency-Key` required; the same key from the same caller replays the first
 * accepted answer (docs/security.md). */
export const POST = withApiErrors(async (request: NextRequest) => {
  const key = request.headers.get("idempotency-key");
  if (!key) return apiError(400, "idempotency_key_required", "Send an Idempotency-Key header (e.g. a UUID) so a retry cannot order twice.");
  if (!IDEMPOTENCY_KEY.test(key)) return apiError(400, "bad_request", "Idempotency-Key: must be 1 to 255 visible ASCII characters.");
  const body = await readJsonBody(request, orderRequestSchema);
  if (!body.ok) return body.response;
  const client = clientAddress(request.headers);
  const limit = await consumeLimit("ordersPerClient", client);
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const userId = (await getSessionUser())?.id ?? null;
  const caller = idempotencyCaller({ userId, visitorId: visitorOfRequest(request).visitorId, address: client });
  const db = await getDb();
  const outcome = await placeOrder(db, body.value, { idempotencyKey: key, userId, caller, attribution: attributionOfRequest(request), clientAddress: client });
  if (outcome.kind === "key_reused") {
    return apiError(422, "idempotency_key_reused", "This Idempotency-Key was used with another request; use a new key for a new order.");
  }
  const { answer, replayed } = outcome;
  if (answer.status === 201 && !replayed) {
    const { id, url } = answer.body as { id: string; url: string };
    const { fulfilment, originStore } = body.value;
    // The confirmation e-mail (docs/delivery.md#confirmation-e-mail), under the same mail caps as reservations (docs/security.md).
    const mailAllowed = await consumeLimits([
      ["mailsPerClient", client],
      ["mailsPerRecipient", body.value.email],
    ]);
    const token = new URL(url, "http://order.invalid").searchParams.get("token");
    if (mailAllowed.ok && token) after(() => mailOrderConfirmation(db, { id, token }));
    else if (!mailAllowed.ok) console.warn(`[vitrine] order ${id}: confirmation mail skipped, mail cap reached`);
    const context = analyticsContext((name) => request.cookies.get(name)?.value, (name) => request.headers.get(name));
    // An order made in a store counts for that store (docs/in-store.md), else for its pickup store.
    const storeSlug = originStore ?? (fulfilment.type === "pickup" ? fulfilment.store : null);
    after(() => recordServerEvent(db, context, { type: "order", id, userId, fulfilment: fulfilment.type, storeSlug, inStore: originStore !== undefined }));
  }
  // A refusal with a wait (429 too_many_holds) says it in Retry-After too, like every 429 (docs/security.md).
  const retryAfter = (answer.body as { error?: { retryAfterSeconds?: number } }).error?.retryAfterSeconds;
  const headers = { ...PRIVATE, ...(replayed ? { "Idempotent-Replayed": "true" } : {}), ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}) };
  return NextResponse.json(answer.body, { status: answer.status, headers });
});
