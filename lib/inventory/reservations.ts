import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { holdCapReached } from "../limits/active-holds";
import { products, reservations, skus, stockLevels, stores } from "../db/schema";
import type { Attribution } from "../campaigns/touch";
import { newAccessToken, newId, newPickupCode, tokenMatches } from "../orders/access-token";
import { returnStock, takeStock } from "./stock";
import { inTransaction } from "./transaction";

/** How long units stay set aside when RESERVATION_HOLD_MINUTES does not say (the shopper is promised pickup within 2 h). */
export const DEFAULT_HOLD_MINUTES = 120;
/** Most units of one SKU a single reservation may hold. */
export const MAX_RESERVED_UNITS = 5;

export function holdMinutes(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.RESERVATION_HOLD_MINUTES);
  return Number.isInteger(value) && value > 0 && value <= 7 * 24 * 60 ? value : DEFAULT_HOLD_MINUTES;
}

export interface ReservationRequest {
  sku: string;
  store: string;
  quantity: number;
  email: string;
  userId?: string | null;
  /** The client's address (lib/http/forwarded.ts), for the cap on active holds per client. */
  clientAddress?: string | null;
  /** The shopper's language and campaign touches (docs/back-office.md). */
  attribution?: Attribution;
}

export type ReservationFailure = "unknown_sku" | "unknown_store" | "out_of_stock" | "too_many_holds";

export type CreateReservationResult =
  | { ok: true; id: string; code: string; expiresAt: Date; token: string }
  | { ok: false; reason: Exclude<ReservationFailure, "too_many_holds">; available?: number }
  /** `retryAfterSeconds`: until the earliest of the counted holds runs out (lib/limits/active-holds.ts). */
  | { ok: false; reason: "too_many_holds"; retryAfterSeconds: number };

/**
 * Gives back the units of every active reservation past its time, exactly once: the UPDATE that
 * marks a reservation expired is what hands its units back, in the same transaction, and a
 * concurrent sweep re-reads the row after the lock and skips it. Called before any stock read or
 * write that matters (so expiry is exact without a timer) and by a timer (so stock comes back
 * even when nobody asks).
 */
export async function releaseExpiredReservations(db: Db, now: Date = new Date()): Promise<number> {
  // A cheap look first: nearly always nothing is due, and then no transaction is opened.
  const [due] = await db
    .select({ id: reservations.id })
    .from(reservations)
    .where(and(eq(reservations.status, "active"), lte(reservations.expiresAt, now)))
    .limit(1);
  if (!due) return 0;
  return inTransaction(db, async (tx) => {
    const released = await tx
      .update(reservations)
      .set({ status: "expired", releasedAt: now, clientAddress: null })
      .where(and(eq(reservations.status, "active"), lte(reservations.expiresAt, now)))
      .returning({ sku: reservations.sku, store: reservations.storeSlug, quantity: reservations.quantity });
    // Same order as every other writer (by SKU, then location) to keep lock waits short of deadlock.
    released.sort((a, b) => a.sku.localeCompare(b.sku) || a.store.localeCompare(b.store));
    for (const r of released) await returnStock(tx, r.sku, r.store, r.quantity);
    return released.length;
  });
}

/** Sets units of a SKU aside at a store for `holdMinutes`, or says why not. */
export async function createReservation(
  db: Db,
  request: ReservationRequest,
  options: { now?: Date; holdMinutes?: number; holdCaps?: { perEmail: number; perClient: number } } = {},
): Promise<CreateReservationResult> {
  const now = options.now ?? new Date();
  await releaseExpiredReservations(db, now);
  const capped = await holdCapReached(db, request, options.holdCaps, now);
  if (capped) return { ok: false, reason: "too_many_holds", retryAfterSeconds: capped.retryAfterSeconds };
  const [sku] = await db
    .select({ sku: skus.sku })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(eq(skus.sku, request.sku), sql`${products.deletedAt} is null`));
  if (!sku) return { ok: false, reason: "unknown_sku" };
  const [store] = await db.select({ slug: stores.slug }).from(stores).where(eq(stores.slug, request.store));
  if (!store) return { ok: false, reason: "unknown_store" };

  const expiresAt = new Date(now.getTime() + (options.holdMinutes ?? holdMinutes()) * 60_000);
  const { token, hash } = newAccessToken();
  const id = newId();
  const code = newPickupCode();
  const taken = await inTransaction(db, async (tx) => {
    if (!(await takeStock(tx, request.sku, request.store, request.quantity))) return false;
    await tx.insert(reservations).values({
      id,
      accessTokenHash: hash,
      code,
      sku: request.sku,
      storeSlug: request.store,
      quantity: request.quantity,
      email: request.email,
      userId: request.userId ?? null,
      clientAddress: request.clientAddress ?? null,
      locale: request.attribution?.locale ?? "fr",
      firstTouch: request.attribution?.firstTouch ?? null,
      lastTouch: request.attribution?.lastTouch ?? null,
      createdAt: now,
      expiresAt,
    });
    return true;
  });
  if (!taken) {
    const [level] = await db
      .select({ quantity: stockLevels.quantity })
      .from(stockLevels)
      .where(and(eq(stockLevels.sku, request.sku), eq(stockLevels.location, request.store)));
    return { ok: false, reason: "out_of_stock", available: level?.quantity ?? 0 };
  }
  return { ok: true, id, code, expiresAt, token };
}

export interface ReservationView {
  id: string;
  code: string;
  status: (typeof reservations.$inferSelect)["status"];
  /** When the pickup desk put the units on the counter. */
  readyAt: Date | null;
  quantity: number;
  email: string;
  userId: string | null;
  createdAt: Date;
  expiresAt: Date;
  sku: { sku: string; label: string; priceCents: number };
  product: { slug: string; name: string; image: string | undefined };
  store: typeof stores.$inferSelect;
}

const viewColumns = {
  reservation: reservations,
  skuLabel: skus.label,
  priceCents: skus.priceCents,
  productSlug: products.slug,
  productName: products.name,
  images: products.images,
  store: stores,
};

type ViewRow = {
  reservation: typeof reservations.$inferSelect;
  skuLabel: string;
  priceCents: number;
  productSlug: string;
  productName: string;
  images: string[];
  store: typeof stores.$inferSelect;
};

function toView({ reservation: r, ...row }: ViewRow): ReservationView {
  return {
    id: r.id,
    code: r.code,
    status: r.status,
    readyAt: r.readyAt,
    quantity: r.quantity,
    email: r.email,
    userId: r.userId,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    sku: { sku: r.sku, label: row.skuLabel, priceCents: row.priceCents },
    product: { slug: row.productSlug, name: row.productName, image: row.images[0] },
    store: row.store,
  };
}

function viewQuery(db: Db) {
  return db
    .select(viewColumns)
    .from(reservations)
    .innerJoin(skus, eq(skus.sku, reservations.sku))
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .innerJoin(stores, eq(stores.slug, reservations.storeSlug));
}

/**
 * A reservation for whoever holds its link (`token`) or owns it (`userId`); null otherwise, the
 * same answer as for an unknown id so a guess learns nothing. Expired ones are released first,
 * so the status shown is the true one.
 */
export async function getReservation(
  db: Db,
  id: string,
  access: { token?: string; userId?: string | null },
  now: Date = new Date(),
): Promise<ReservationView | null> {
  await releaseExpiredReservations(db, now);
  const [row] = await viewQuery(db).where(eq(reservations.id, id));
  if (!row) return null;
  const allowed = tokenMatches(access.token, row.reservation.accessTokenHash) || (!!access.userId && access.userId === row.reservation.userId);
  return allowed ? toView(row) : null;
}

export async function listUserReservations(db: Db, userId: string, now: Date = new Date()): Promise<ReservationView[]> {
  await releaseExpiredReservations(db, now);
  const rows = await viewQuery(db).where(eq(reservations.userId, userId)).orderBy(desc(reservations.createdAt), asc(reservations.id));
  return rows.map(toView);
}

export type CancelResult = { ok: true } | { ok: false; reason: "not_found" | "reservation_expired" | "reservation_cancelled" | "reservation_collected" };

/** The shopper changed their mind: the units go back on the shelf at once. */
export async function cancelReservation(
  db: Db,
  id: string,
  access: { token?: string; userId?: string | null },
  now: Date = new Date(),
): Promise<CancelResult> {
  const view = await getReservation(db, id, access, now);
  if (!view) return { ok: false, reason: "not_found" };
  if (view.status === "expired") return { ok: false, reason: "reservation_expired" };
  if (view.status === "cancelled") return { ok: false, reason: "reservation_cancelled" };
  if (view.status === "collected") return { ok: false, reason: "reservation_collected" };
  return inTransaction(db, async (tx) => {
    // Conditional on still being active: a sweep or a second cancel in between gets nothing back twice.
    const [cancelled] = await tx
      .update(reservations)
      .set({ status: "cancelled", releasedAt: now, clientAddress: null })
      .where(and(eq(reservations.id, id), eq(reservations.status, "active")))
      .returning({ sku: reservations.sku, store: reservations.storeSlug, quantity: reservations.quantity });
    if (!cancelled) return { ok: false, reason: "reservation_expired" } as const;
    await returnStock(tx, cancelled.sku, cancelled.store, cancelled.quantity);
    return { ok: true } as const;
  });
}
