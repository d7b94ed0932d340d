import { and, eq, inArray, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { orderLines, orders } from "../db/schema";
import { returnStock } from "../inventory/stock";
import { inTransaction, type Tx } from "../inventory/transaction";
import { tokenMatches } from "./access-token";

/**
 * Unpaid pickup orders hold their units at the store like reservations do
 * (docs/stores-and-pickup.md): until `hold_expires_at`, then the units go back on sale. Every
 * release (expiry, the shopper's cancel, the desk's cancel) is one conditional UPDATE on an open
 * order that gives the units back in the same transaction, so two of them at once release once.
 */

/** How long an unpaid pickup order holds its units when PICKUP_ORDER_HOLD_HOURS does not say. */
export const DEFAULT_PICKUP_HOLD_HOURS = 48;

export function pickupHoldHours(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.PICKUP_ORDER_HOLD_HOURS);
  return Number.isInteger(value) && value > 0 && value <= 14 * 24 ? value : DEFAULT_PICKUP_HOLD_HOURS;
}

export function pickupHoldUntil(now: Date, hours: number = pickupHoldHours()): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}

/** Neither collected, cancelled nor expired. */
export const openOrder = and(isNull(orders.collectedAt), isNull(orders.cancelledAt), isNull(orders.expiredAt))!;

/** An order whose units are still held for a shopper who has not paid. */
export const holdingOrder = and(isNotNull(orders.holdExpiresAt), openOrder)!;

/** Gives back the units of the orders `where` still matches, marking them with `set`; the ids released. */
async function releaseOrders(tx: Tx, where: SQL, set: Partial<typeof orders.$inferInsert>): Promise<string[]> {
  const released = await tx
    .update(orders)
    .set({ ...set, clientAddress: null })
    .where(and(openOrder, where))
    .returning({ id: orders.id });
  if (!released.length) return [];
  const ids = released.map((row) => row.id);
  const taken = await tx
    .select({ sku: orderLines.sku, location: orderLines.location, quantity: orderLines.quantity })
    .from(orderLines)
    .where(inArray(orderLines.orderId, ids));
  // Same order as every stock writer (SKU, then location): no deadlock with a concurrent order.
  taken.sort((a, b) => a.sku.localeCompare(b.sku) || a.location.localeCompare(b.location));
  for (const line of taken) await returnStock(tx, line.sku, line.location, line.quantity);
  return ids;
}

/** Cancels one open order and gives its units back; false when it was no longer open. */
export async function releaseCancelledOrder(tx: Tx, id: string, now: Date): Promise<boolean> {
  return (await releaseOrders(tx, eq(orders.id, id), { cancelledAt: now })).length === 1;
}

/**
 * Gives back the units of every unpaid pickup order past its hold, exactly once (the same pattern
 * as releaseExpiredReservations in lib/inventory/reservations.ts).
 */
export async function releaseExpiredPickupOrders(db: Db, now: Date = new Date()): Promise<number> {
  const due = and(holdingOrder, lte(orders.holdExpiresAt, now))!;
  // A cheap look first: nearly always nothing is due, and then no transaction is opened.
  const [any] = await db.select({ id: orders.id }).from(orders).where(due).limit(1);
  if (!any) return 0;
  return inTransaction(db, async (tx) => (await releaseOrders(tx, due, { expiredAt: now })).length);
}

export type CancelOrderResult = { ok: true } | { ok: false; reason: "not_found" | "not_cancellable" };

/** The shopper cancels their unpaid pickup order from its page: the units go back on the shelf at once. */
export async function cancelPickupOrder(db: Db, id: string, access: { token?: string; userId?: string | null }, now: Date = new Date()): Promise<CancelOrderResult> {
  await releaseExpiredPickupOrders(db, now);
  const [order] = await db
    .select({ accessTokenHash: orders.accessTokenHash, userId: orders.userId, holdExpiresAt: orders.holdExpiresAt })
    .from(orders)
    .where(eq(orders.id, id));
  const allowed = !!order && (tokenMatches(access.token, order.accessTokenHash) || (!!access.userId && access.userId === order.userId));
  if (!allowed) return { ok: false, reason: "not_found" };
  if (!order.holdExpiresAt) return { ok: false, reason: "not_cancellable" };
  const done = await inTransaction(db, (tx) => releaseCancelledOrder(tx, id, now));
  return done ? { ok: true } : { ok: false, reason: "not_cancellable" };
}
