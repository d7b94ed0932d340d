import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Attribution } from "../campaigns/touch";
import { availabilityUrl } from "../catalog/sku-choice";
import { ONLINE_LOCATION } from "../catalog/queries";
import type { Db } from "../db/client";
import { getDeliveryConfig, type DeliveryConfig, type DeliveryMethod } from "../delivery/config";
import { deliveryWindow } from "../delivery/dates";
import { deliveryFeeCents } from "../delivery/options";
import { relayPoint } from "../delivery/relay-points";
import { orderLines, orders, products, skus, stores } from "../db/schema";
import { releaseExpiredHolds } from "../inventory/holds";
import { stockAt, takeStock } from "../inventory/stock";
import type { Tx } from "../inventory/transaction";
import { holdCapReached } from "../limits/active-holds";
import { newAccessToken, newId } from "./access-token";
import { idempotencyCaller, requestHash, runIdempotent, type StoredAnswer } from "./idempotency";
import type { OrderRequest } from "./order-request";
import { paymentProviderFor } from "./payment";
import { pickupHoldUntil } from "./pickup-hold";

export interface PlaceOrderOptions {
  idempotencyKey: string;
  userId?: string | null;
  /** Who is asking (`idempotencyCaller`); keys are scoped to it. Defaults to the account, else one anonymous scope. */
  caller?: string;
  /** The shopper's language and campaign touches (docs/back-office.md). */
  attribution?: Attribution;
  /** The client's address (lib/http/forwarded.ts), for the cap on active holds per client. */
  clientAddress?: string | null;
  now?: Date;
  /** Overrides PICKUP_ORDER_HOLD_HOURS and the LIMIT_ACTIVE_HOLDS_* caps (tests). */
  holdHours?: number;
  holdCaps?: { perEmail: number; perClient: number };
  /** Overrides the delivery prices and delays of the environment (tests). */
  delivery?: DeliveryConfig;
}

/** The answer to `POST /api/orders`, and whether it was replayed from an earlier request with the same key. */
export type PlaceOrderOutcome = { kind: "answer"; answer: StoredAnswer; replayed: boolean } | { kind: "key_reused" };

export function orderUrl(id: string, token: string): string {
  return `/orders/${id}?token=${token}`;
}

const refuse = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => ({
  answer: { status, body: { error: { code, message, ...extra } } },
  keep: false,
});

async function createOrder(tx: Tx, request: OrderRequest, options: PlaceOrderOptions, now: Date) {
  const { userId, attribution } = options;
  const lines = [...request.lines].sort((a, b) => a.sku.localeCompare(b.sku));
  const known = await tx
    .select({ sku: skus.sku, priceCents: skus.priceCents, productSlug: skus.productSlug })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(inArray(skus.sku, lines.map((l) => l.sku)), isNull(products.deletedAt)));
  const bySku = new Map(known.map((row) => [row.sku, row]));
  const unknown = lines.find((line) => !bySku.has(line.sku));
  if (unknown) return refuse(400, "unknown_sku", `SKU "${unknown.sku}" is not on sale.`, { sku: unknown.sku });

  const { fulfilment, originStore } = request;
  if (originStore && !(await tx.select({ slug: stores.slug }).from(stores).where(eq(stores.slug, originStore))).length) {
    return refuse(400, "unknown_store", `No store "${originStore}".`);
  }
  const method: DeliveryMethod = fulfilment.type === "pickup" ? "pickup" : fulfilment.method;
  const relay = fulfilment.type === "delivery" && fulfilment.method === "relay" ? relayPoint(fulfilment.relayPoint!) : undefined;
  if (method === "relay" && !relay) return refuse(400, "unknown_relay_point", `No relay point "${fulfilment.type === "delivery" ? fulfilment.relayPoint : ""}".`);
  let location = ONLINE_LOCATION;
  if (fulfilment.type === "pickup") {
    const [store] = await tx.select({ slug: stores.slug }).from(stores).where(eq(stores.slug, fulfilment.store));
    if (!store) return refuse(400, "unknown_store", `No store "${fulfilment.store}".`);
  }
  if (fulfilment.type === "pickup" && fulfilment.from !== "online") {
    location = fulfilment.store;
    // A pickup order is paid at the till (./payment/pay-at-pickup.ts): until then it holds units like a reservation, under the same caps.
    const capped = await holdCapReached(tx, { email: request.email, clientAddress: options.clientAddress }, options.holdCaps, now);
    if (capped) {
      const message = "This address or device already holds as many reservations and pickup orders as allowed; cancel one, pick it up, or try again when the earliest ends.";
      return refuse(429, "too_many_holds", message, { retryAfterSeconds: capped.retryAfterSeconds });
    }
  }

  // Always in SKU order, like every writer of stock rows, so concurrent orders wait rather than deadlock.
  for (const line of lines) {
    if (await takeStock(tx, line.sku, location, line.quantity)) continue;
    const available = await stockAt(tx, line.sku, location);
    if (location === ONLINE_LOCATION && available === 0) {
      const url = availabilityUrl(bySku.get(line.sku)!.productSlug, line.sku);
      return refuse(409, "sold_out_online", `SKU "${line.sku}" is sold out online; see which stores have it.`, { sku: line.sku, availabilityUrl: url });
    }
    const where = location === ONLINE_LOCATION ? "online" : `at store "${location}"`;
    return refuse(409, "out_of_stock", `Only ${available} of SKU "${line.sku}" left ${where}.`, { sku: line.sku, available });
  }

  // Prices from the database only: whatever the client showed, this is what is charged.
  const priced = lines.map((line) => ({ ...line, unitPriceCents: bySku.get(line.sku)!.priceCents }));
  const subtotalCents = priced.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  // The delivery fee and dates are the server's too (docs/delivery.md), from the time of the order.
  const delivery = options.delivery ?? getDeliveryConfig();
  const feeCents = deliveryFeeCents(method, subtotalCents, delivery);
  const rule = fulfilment.type === "pickup" && fulfilment.from === "online" ? delivery.shipToStore : delivery.methods[method];
  const promised = deliveryWindow(now, { minDays: rule.minDays, maxDays: rule.maxDays, cutoffHour: delivery.cutoffHour, timeZone: delivery.timeZone });
  const totalCents = subtotalCents + feeCents;
  const address =
    fulfilment.type !== "delivery" ? null : relay ? { name: fulfilment.name!, line1: `${relay.name}, ${relay.address}`, postcode: relay.postcode, city: relay.city } : fulfilment.address!;

  const id = newId();
  const provider = paymentProviderFor(fulfilment);
  const payment = await provider.pay({ orderId: id, amountCents: totalCents, currency: "EUR", email: request.email });
  if (payment.outcome === "declined") return refuse(402, "payment_declined", `The payment was declined: ${payment.reason}.`);

  const { token, hash } = newAccessToken();
  const status = payment.outcome === "paid" ? "paid" : "awaiting_pickup";
  const holds = status === "awaiting_pickup";
  await tx.insert(orders).values({
    id,
    accessTokenHash: hash,
    email: request.email,
    userId: userId ?? null,
    status,
    fulfilment: fulfilment.type,
    storeSlug: fulfilment.type === "pickup" ? fulfilment.store : null,
    deliveryAddress: address,
    deliveryMethod: method,
    relayPoint: relay?.slug ?? null,
    deliveryFeeCents: feeCents,
    deliveryEarliest: promised.earliest,
    deliveryLatest: promised.latest,
    phone: fulfilment.phone ?? null,
    termsAcceptedAt: now,
    paymentMethod: provider.method,
    paymentReference: payment.outcome === "paid" ? payment.reference : null,
    totalCents,
    createdAt: now,
    holdExpiresAt: holds ? pickupHoldUntil(now, options.holdHours) : null,
    clientAddress: holds ? (options.clientAddress ?? null) : null,
    locale: attribution?.locale ?? "fr",
    firstTouch: attribution?.firstTouch ?? null,
    lastTouch: attribution?.lastTouch ?? null,
    originStoreSlug: originStore ?? null,
  });
  await tx.insert(orderLines).values(priced.map((line) => ({ orderId: id, sku: line.sku, location, quantity: line.quantity, unitPriceCents: line.unitPriceCents })));
  return { answer: { status: 201, body: { id, status, totalCents, deliveryFeeCents: feeCents, currency: "EUR", url: orderUrl(id, token) } }, keep: true };
}

/**
 * Places an order (docs/api.md `POST /api/orders`): stock taken atomically per line (all lines
 * or none), prices read from the database, payment through the fulfilment's provider. The same
 * Idempotency-Key from the same caller with the same body replays the first accepted answer; with
 * another body it is refused; a refusal is not remembered.
 */
export async function placeOrder(db: Db, request: OrderRequest, options: PlaceOrderOptions): Promise<PlaceOrderOutcome> {
  const now = options.now ?? new Date();
  await releaseExpiredHolds(db, now);
  const hash = requestHash({ request, userId: options.userId ?? null });
  const caller = options.caller ?? idempotencyCaller({ userId: options.userId });
  const outcome = await runIdempotent(db, `orders:${caller}`, options.idempotencyKey, hash, (tx) => createOrder(tx, request, options, now));
  if (outcome.kind === "mismatch") return { kind: "key_reused" };
  return { kind: "answer", answer: outcome.answer, replayed: outcome.kind === "replay" };
}
