import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { orderLines, orders, products, skus, stores, type DeliveryAddress } from "../db/schema";
import { tokenMatches } from "./access-token";

export interface OrderView {
  id: string;
  status: "paid" | "awaiting_pickup";
  email: string;
  userId: string | null;
  fulfilment: "delivery" | "pickup";
  store: typeof stores.$inferSelect | null;
  deliveryAddress: DeliveryAddress | null;
  paymentMethod: string;
  paymentReference: string | null;
  totalCents: number;
  createdAt: Date;
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
    paymentMethod: order.paymentMethod,
    paymentReference: order.paymentReference,
    totalCents: order.totalCents,
    createdAt: order.createdAt,
    lines,
  };
}

/** An order for whoever holds its link or owns it; null otherwise (same as an unknown id). */
export async function getOrder(db: Db, id: string, access: { token?: string; userId?: string | null }): Promise<OrderView | null> {
  const [row] = await db.select({ order: orders, store: stores }).from(orders).leftJoin(stores, eq(stores.slug, orders.storeSlug)).where(eq(orders.id, id));
  if (!row) return null;
  const allowed = tokenMatches(access.token, row.order.accessTokenHash) || (!!access.userId && access.userId === row.order.userId);
  return allowed ? toView(row, await loadLines(db, id)) : null;
}

export async function listUserOrders(db: Db, userId: string): Promise<OrderView[]> {
  const rows = await db
    .select({ order: orders, store: stores })
    .from(orders)
    .leftJoin(stores, eq(stores.slug, orders.storeSlug))
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt));
  return Promise.all(rows.map(async (row) => toView(row, await loadLines(db, row.order.id))));
}
