import { and, desc, eq, gt, inArray, isNull, like, or, sql, type SQL } from "drizzle-orm";
import { canActOnStore, type StaffMember } from "../auth/staff";
import type { Db } from "../db/client";
import { orderLines, orders, products, reservations, skus, stores } from "../db/schema";
import { releaseExpiredHolds } from "../inventory/holds";
import { holdMinutes } from "../inventory/reservations";
import { returnStock } from "../inventory/stock";
import { inTransaction } from "../inventory/transaction";
import { enqueuePickupReady } from "../notifications/pickup-ready";
import { openOrder, pickupHoldUntil, releaseCancelledOrder } from "../orders/pickup-hold";
import type { PickupKind } from "./pickup-kind";

/**
 * The pickup desk (docs/back-office.md): a store's reservations and pickup orders, and the three
 * moves staff make on them. Both hold units at the store until they expire (an unpaid pickup
 * order took them when placed). Cancelling either gives the units back in the same transaction
 * as the status change.
 */
export type PickupState = "waiting" | "ready" | "collected" | "cancelled" | "expired";

export interface PickupItem {
  kind: PickupKind;
  id: string;
  /** What the shopper says at the counter: the reservation code, or the order number. */
  code: string;
  storeSlug: string;
  storeName: string;
  email: string;
  state: PickupState;
  createdAt: Date;
  /** Until when the units are held (a paid order: null). */
  expiresAt: Date | null;
  lines: { name: string; label: string; quantity: number }[];
}

/** The order number shown to shoppers (the order page prints the same). */
export const orderNumber = (id: string) => id.slice(0, 8).toUpperCase();

const CODE = /^[2-9A-Z]{6}$/;
const ORDER_NUMBER = /^[0-9A-F]{8}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a typed or scanned value names: a reservation's QR (`VITRINE-RESERVATION:id:code`), a
 * pickup code, an order number or id. Null when it can be none of them.
 */
export function parsePickupQuery(raw: string): { reservationId?: string; code?: string; orderPrefix?: string } | null {
  const value = raw.trim();
  const qr = value.match(/^VITRINE-RESERVATION:([0-9a-f-]{36}):([2-9A-Z]{6})$/);
  if (qr && UUID.test(qr[1]!)) return { reservationId: qr[1], code: qr[2] };
  const upper = value.toUpperCase().replace(/[\s-]/g, "");
  if (UUID.test(value.toLowerCase())) return { reservationId: value.toLowerCase(), orderPrefix: value.toLowerCase() };
  const found: { code?: string; orderPrefix?: string } = {};
  if (CODE.test(upper)) found.code = upper;
  if (ORDER_NUMBER.test(upper)) found.orderPrefix = upper.toLowerCase();
  return found.code || found.orderPrefix ? found : null;
}

export interface PickupFilter {
  /** The store to show; a member bound to a store always gets theirs. Null: every store the member may see. */
  storeSlug: string | null;
  query?: string;
  limit?: number;
}

function reservationState(r: { status: string; readyAt: Date | null }): PickupState {
  if (r.status === "active") return r.readyAt ? "ready" : "waiting";
  return r.status as PickupState;
}

function orderState(o: { readyAt: Date | null; collectedAt: Date | null; cancelledAt: Date | null; expiredAt: Date | null }): PickupState {
  if (o.cancelledAt) return "cancelled";
  if (o.collectedAt) return "collected";
  if (o.expiredAt) return "expired";
  return o.readyAt ? "ready" : "waiting";
}

/** Newest first, reservations and pickup orders together; `query` narrows to a code or number. */
export async function listPickups(db: Db, member: StaffMember, filter: PickupFilter, now: Date = new Date()): Promise<PickupItem[]> {
  await releaseExpiredHolds(db, now);
  const store = member.storeSlug ?? filter.storeSlug;
  const limit = filter.limit ?? 50;
  const parsed = filter.query ? parsePickupQuery(filter.query) : undefined;
  if (parsed === null) return [];

  const rWhere: SQL[] = [];
  const oWhere: SQL[] = [eq(orders.fulfilment, "pickup")];
  if (store) {
    rWhere.push(eq(reservations.storeSlug, store));
    oWhere.push(eq(orders.storeSlug, store));
  }
  let wantReservations = true;
  let wantOrders = true;
  if (parsed) {
    const byReservation = [parsed.reservationId ? eq(reservations.id, parsed.reservationId) : undefined, parsed.code ? eq(reservations.code, parsed.code) : undefined].filter(Boolean) as SQL[];
    if (byReservation.length) rWhere.push(or(...byReservation)!);
    else wantReservations = false;
    if (parsed.orderPrefix) oWhere.push(like(orders.id, `${parsed.orderPrefix}%`));
    else wantOrders = false;
  }

  const reservationRows = wantReservations
    ? await db
        .select({ r: reservations, storeName: stores.name, name: products.name, label: skus.label })
        .from(reservations)
        .innerJoin(stores, eq(stores.slug, reservations.storeSlug))
        .innerJoin(skus, eq(skus.sku, reservations.sku))
        .innerJoin(products, eq(products.slug, skus.productSlug))
        .where(and(...rWhere))
        .orderBy(desc(reservations.createdAt))
        .limit(limit)
    : [];
  const orderRows = wantOrders
    ? await db
        .select({ o: orders, storeName: stores.name })
        .from(orders)
        .innerJoin(stores, eq(stores.slug, orders.storeSlug))
        .where(and(...oWhere))
        .orderBy(desc(orders.createdAt))
        .limit(limit)
    : [];
  const lines = orderRows.length
    ? await db
        .select({ orderId: orderLines.orderId, name: products.name, label: skus.label, quantity: orderLines.quantity })
        .from(orderLines)
        .innerJoin(skus, eq(skus.sku, orderLines.sku))
        .innerJoin(products, eq(products.slug, skus.productSlug))
        .where(inArray(orderLines.orderId, orderRows.map((row) => row.o.id)))
    : [];

  const items: PickupItem[] = [
    ...reservationRows.map(({ r, storeName, name, label }) => ({
      kind: "reservation" as const,
      id: r.id,
      code: r.code,
      storeSlug: r.storeSlug,
      storeName,
      email: r.email,
      state: reservationState(r),
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      lines: [{ name, label, quantity: r.quantity }],
    })),
    ...orderRows.map(({ o, storeName }) => ({
      kind: "order" as const,
      id: o.id,
      code: orderNumber(o.id),
      storeSlug: o.storeSlug!,
      storeName,
      email: o.email,
      state: orderState(o),
      createdAt: o.createdAt,
      expiresAt: o.holdExpiresAt,
      lines: lines.filter((line) => line.orderId === o.id).map(({ name, label, quantity }) => ({ name, label, quantity })),
    })),
  ];
  return items
    .filter((item) => canActOnStore(member, item.storeSlug))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export type PickupMove = "ready" | "collected" | "cancel";
export type MoveResult =
  | { ok: true; kind: PickupKind; state: PickupState }
  | { ok: false; reason: "not_found" | "wrong_state"; state?: PickupState };

/** Finds the reservation or pickup order with this id; one the member may not act on is "not found". */
async function locate(db: Db, member: StaffMember, id: string): Promise<{ kind: PickupKind; storeSlug: string } | null> {
  if (!UUID.test(id)) return null;
  const [r] = await db.select({ storeSlug: reservations.storeSlug }).from(reservations).where(eq(reservations.id, id));
  const [o] = r ? [] : await db.select({ storeSlug: orders.storeSlug }).from(orders).where(and(eq(orders.id, id), eq(orders.fulfilment, "pickup")));
  const found = r ? { kind: "reservation" as const, storeSlug: r.storeSlug } : o?.storeSlug ? { kind: "order" as const, storeSlug: o.storeSlug } : null;
  return found && canActOnStore(member, found.storeSlug) ? found : null;
}

/**
 * One move at the desk. Each is a conditional UPDATE on the current state, so two clerks
 * pressing the same button (or the expiry sweep in between) change it once: "ready" keeps the
 * units held for another full hold period and writes the shopper's "ready" message to the
 * notification outbox in the same transaction (docs/engagement.md#outbox); "collected" ends the hold; "cancel" gives units back.
 */
export async function movePickup(db: Db, member: StaffMember, id: string, move: PickupMove, now: Date = new Date()): Promise<MoveResult> {
  await releaseExpiredHolds(db, now);
  const found = await locate(db, member, id);
  if (!found) return { ok: false, reason: "not_found" };
  return found.kind === "reservation" ? moveReservation(db, id, move, now) : moveOrder(db, id, move, now);
}

async function moveReservation(db: Db, id: string, move: PickupMove, now: Date): Promise<MoveResult> {
  const active = and(eq(reservations.id, id), eq(reservations.status, "active"));
  const done = await inTransaction(db, async (tx) => {
    if (move === "ready") {
      const held = new Date(now.getTime() + holdMinutes() * 60_000);
      const [ready] = await tx
        .update(reservations)
        .set({ readyAt: now, expiresAt: sql`greatest(${reservations.expiresAt}, ${held.toISOString()}::timestamptz)` })
        .where(and(active, isNull(reservations.readyAt), gt(reservations.expiresAt, now)))
        .returning({ code: reservations.code });
      if (!ready) return false;
      await enqueuePickupReady(tx, "reservation", id, ready.code);
      return true;
    }
    if (move === "collected") {
      return (await tx.update(reservations).set({ status: "collected", collectedAt: now }).where(active).returning({ id: reservations.id })).length === 1;
    }
    const [cancelled] = await tx
      .update(reservations)
      .set({ status: "cancelled", releasedAt: now })
      .where(active)
      .returning({ sku: reservations.sku, store: reservations.storeSlug, quantity: reservations.quantity });
    if (!cancelled) return false;
    await returnStock(tx, cancelled.sku, cancelled.store, cancelled.quantity);
    return true;
  });
  const [row] = await db.select({ status: reservations.status, readyAt: reservations.readyAt }).from(reservations).where(eq(reservations.id, id));
  const state = reservationState(row!);
  return done ? { ok: true, kind: "reservation", state } : { ok: false, reason: "wrong_state", state };
}

async function moveOrder(db: Db, id: string, move: PickupMove, now: Date): Promise<MoveResult> {
  const open = and(eq(orders.id, id), openOrder);
  const done = await inTransaction(db, async (tx) => {
    if (move === "ready") {
      // Like a reservation: an unpaid order's hold runs a full period from now (never shorter).
      const held = pickupHoldUntil(now);
      const hold = sql`case when ${orders.holdExpiresAt} is null then null else greatest(${orders.holdExpiresAt}, ${held.toISOString()}::timestamptz) end`;
      const ready = await tx.update(orders).set({ readyAt: now, holdExpiresAt: hold }).where(and(open, isNull(orders.readyAt))).returning({ id: orders.id });
      if (ready.length === 0) return false;
      await enqueuePickupReady(tx, "order", id, orderNumber(id));
      return true;
    }
    if (move === "collected") return (await tx.update(orders).set({ collectedAt: now, clientAddress: null }).where(open).returning({ id: orders.id })).length === 1;
    return releaseCancelledOrder(tx, id, now);
  });
  const [row] = await db
    .select({ readyAt: orders.readyAt, collectedAt: orders.collectedAt, cancelledAt: orders.cancelledAt, expiredAt: orders.expiredAt })
    .from(orders)
    .where(eq(orders.id, id));
  const state = orderState(row!);
  return done ? { ok: true, kind: "order", state } : { ok: false, reason: "wrong_state", state };
}
