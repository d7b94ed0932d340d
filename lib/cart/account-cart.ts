import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { accountCartLines, skus, users } from "../db/schema";
import { mergeCartLines, visibleLines } from "./merge";
import { tombstoneHorizon, withoutExpiredTombstones } from "./tombstones";
import { MAX_CART_LINES, type CartLine, type CartMergeChange } from "./types";

/** A line of the account cart with the device (visitor) whose change it is. */
export interface StoredCartLine extends CartLine {
  visitorId: string | null;
}

export class UnknownSkuError extends Error {
  constructor(readonly skus: string[]) {
    super(`unknown SKU: ${skus.join(", ")}`);
  }
}

export class CartTooLargeError extends Error {
  constructor() {
    super(`a cart holds at most ${MAX_CART_LINES} lines`);
  }
}

function toLine(row: typeof accountCartLines.$inferSelect): StoredCartLine {
  return { sku: row.sku, quantity: row.quantity, updatedAt: row.updatedAt.toISOString(), visitorId: row.visitorId };
}

/** Every line of the account cart, tombstones included, by SKU. */
export async function getAccountCart(db: Db, userId: string): Promise<StoredCartLine[]> {
  const rows = await db.select().from(accountCartLines).where(eq(accountCartLines.userId, userId)).orderBy(accountCartLines.sku);
  return rows.map(toLine);
}

export interface PutResult {
  /** The merged account cart, tombstones included. */
  lines: CartLine[];
  /** What the merge changed in the cart the device sent (what the shopper should be told). */
  changes: CartMergeChange[];
}

/**
 * Merges a device's lines into the account cart (docs/accounts.md#cart-merge, lib/cart/merge.ts), in one
 * transaction that first locks the account's user row: two PUTs for one account run one after
 * the other, so neither overwrites the other's lines with a stale read, on PostgreSQL as on PGlite.
 * `visitorId` records which device made the winning changes. Removals older than
 * TOMBSTONE_TTL_DAYS are forgotten here (lib/cart/tombstones.ts), so checkouts and removals do
 * not pile up markers in the account cart.
 */
export async function putAccountCart(db: Db, userId: string, visitorId: string | null, incomingLines: CartLine[], now = Date.now()): Promise<PutResult> {
  const incoming = withoutExpiredTombstones(incomingLines, now);
  return db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const requested = [...new Set(incoming.map((line) => line.sku))];
    if (requested.length) {
      const known = new Set((await tx.select({ sku: skus.sku }).from(skus).where(inArray(skus.sku, requested))).map((row) => row.sku));
      const unknown = requested.filter((sku) => !known.has(sku));
      if (unknown.length) throw new UnknownSkuError(unknown);
    }
    await tx
      .delete(accountCartLines)
      .where(and(eq(accountCartLines.userId, userId), eq(accountCartLines.quantity, 0), lt(accountCartLines.updatedAt, tombstoneHorizon(now))));
    const current = (await tx.select().from(accountCartLines).where(eq(accountCartLines.userId, userId))).map(toLine);
    const merged = mergeCartLines(current, incoming);
    if (visibleLines(merged.lines).length > MAX_CART_LINES) throw new CartTooLargeError();
    const before = new Map(current.map((line) => [line.sku, line]));
    const won = merged.lines.filter((line) => {
      const was = before.get(line.sku);
      return !was || was.quantity !== line.quantity || was.updatedAt !== line.updatedAt;
    });
    if (won.length) {
      await tx
        .insert(accountCartLines)
        .values(won.map((line) => ({ userId, sku: line.sku, quantity: line.quantity, updatedAt: new Date(line.updatedAt), visitorId })))
        .onConflictDoUpdate({
          target: [accountCartLines.userId, accountCartLines.sku],
          set: { quantity: sql`excluded.quantity`, updatedAt: sql`excluded.updated_at`, visitorId: sql`excluded.visitor_id` },
        });
    }
    return { lines: merged.lines, changes: mergeCartLines(incoming, current).changes };
  });
}

/** Lines of the account cart last changed on another device than `visitorId` ("the cart you built there"). */
export async function cartLinesFromOtherDevices(db: Db, userId: string, visitorId: string | null): Promise<StoredCartLine[]> {
  const lines = await getAccountCart(db, userId);
  return lines.filter((line) => line.quantity > 0 && line.visitorId !== null && line.visitorId !== visitorId);
}

