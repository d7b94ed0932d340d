import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { orderLines, orders, products, skus, stores, type DeliveryAddress } from "../db/schema";
import { tokenMatches } from "./access-token";
import { releaseExpiredPickupOrders } from "./pickup-hold";

export interface OrderView {
  id: string;
  status: "paid" | "awaiting_pickup";
  email: string;
  userId: string | null;
  fulfilment: "delivery" | "pickup";
  store: typeof stores.$inferSelect | null;
  deliveryAddress: DeliveryAddress | null;
  /** Null on orders placed before delivery methods existed. */
  deliveryMethod: "home" | "relay" | "pickup" | null;
  deliveryFeeCents: number;
  /** Promised dates, "YYYY-MM-DD" in the shop's time zone. */
  deliveryEarliest: string | null;
  deliveryLatest: string | null;
  phone: string | null;
  locale: string;
  paymentMethod: string;
  paymentReference: string | null;
  totalCents: number;
  createdAt: Date;
  /** Unpaid pickup orders: until when the units are held (docs/stores-and-pickup.md). */
  holdExpiresAt: Date | null;
  /** Where a pickup order stands: open, or how its hold ended. */
  state: "open" | "collected" | "cancelled" | "expired";
  lines: { sku: string; label: string; productSlug: string; productName: string; quantity: number; unitPriceCents: number }[];
}

async function loadLines(db: Db, orderId: string): Promise<OrderView["lines"]> {
  return db
    .select({
      sku: orderLines.sku,
      label: skus.label,
      productSlug: products.slug,
      productName: products.name,
      quantity: orderLines.quantity,
      unitPriceCents: orderLines.unitPriceCents,
    })
    .from(orderLines)
    .innerJoin(skus, eq(skus.sku, orderLines.sku))
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.sku));
}

function toView(row: { order: typeof orders.$inferSelect; store: typeof stores.$inferSelect | null }, lines: OrderView["lines"]): OrderView {
  const { order } = row;
  return {
    id: order.id,
    status: order.status,
    email: order.email,
    userId: order.userId,
    fulfilment: order.fulfilment,
    store: row.store,
    deliveryAddress: order.deliveryAddress,
    deliveryMethod: order.deliveryMethod,
    deliveryFeeCents: order.deliveryFeeCents,
    deliveryEarliest: order.deliveryEarliest,
    deliveryLatest: order.deliveryLatest,
    phone: order.phone,
    locale: order.locale,
    paymentMethod: order.paymentMethod,
    paymentReference: order.paymentReference,
    totalCents: order.totalCents,
    createdAt: order.createdAt,
    holdExpiresAt: order.holdExpiresAt,
    state: order.collectedAt ? "collected" : order.cancelledAt ? "cancelled" : order.expiredAt ? "expired" : "open",
    lines,
  };
}

/** An order for whoever holds its link or owns it; null otherwise (same as an unknown id). Expired holds are released first, so the state shown is the true one. */
export async function getOrder(db: Db, id: string, access: { token?: string; userId?: string | null }, now: Date = new Date()): Promise<OrderView | null> {
  await releaseExpiredPickupOrders(db, now);
  const [row] = await db.select({ order: orders, store: stores }).from(orders).leftJoin(stores, eq(stores.slug, orders.storeSlug)).where(eq(orders.id, id));
  if (!row) return null;
  const allowed = tokenMatches(access.token, row.order.accessTokenHash) || (!!access.userId && access.userId === row.order.userId);
  return allowed ? toView(row, await loadLines(db, id)) : null;
}

export async function listUserOrders(db: Db, userId: string, now: Date = new Date()): Promise<OrderView[]> {
  await releaseExpiredPickupOrders(db, now);
  const rows = await db
    .select({ order: orders, store: stores })
    .from(orders)
    .leftJoin(stores, eq(stores.slug, orders.storeSlug))
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt));
  return Promise.all(rows.map(async (row) => toView(row, await loadLines(db, row.order.id))));
}
