import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, skus as skuTable, stockLevels } from "../db/schema";
import type { Tx } from "./transaction";

/** Most units of one SKU a shopper may order or reserve at once. */
export const MAX_UNITS_PER_LINE = 20;

export interface StockLevel {
  sku: string;
  location: string;
  available: number;
}

/**
 * Takes `quantity` units of a SKU at a location, or nothing: the condition sits in the UPDATE
 * itself, so two buyers of the last unit cannot both pass a check made before the write (the
 * row lock makes the second one re-read the level). False when there were not enough units.
 */
export async function takeStock(tx: Db | Tx, sku: string, location: string, quantity: number): Promise<boolean> {
  const rows = await tx
    .update(stockLevels)
    .set({ quantity: sql`${stockLevels.quantity} - ${quantity}`, updatedAt: sql`now()` })
    .where(and(eq(stockLevels.sku, sku), eq(stockLevels.location, location), gte(stockLevels.quantity, quantity)))
    .returning({ quantity: stockLevels.quantity });
  return rows.length === 1;
}

/** Gives units back (an expired or cancelled reservation). */
export async function returnStock(tx: Db | Tx, sku: string, location: string, quantity: number): Promise<void> {
  await tx
    .insert(stockLevels)
    .values({ sku, location, quantity })
    .onConflictDoUpdate({
      target: [stockLevels.sku, stockLevels.location],
      set: { quantity: sql`${stockLevels.quantity} + ${quantity}`, updatedAt: sql`now()` },
    });
}

/** Staff count: the units available to sell at a location, reserved units not included. */
export async function setStock(db: Db | Tx, sku: string, location: string, quantity: number): Promise<StockLevel> {
  await db
    .insert(stockLevels)
    .values({ sku, location, quantity })
    .onConflictDoUpdate({ target: [stockLevels.sku, stockLevels.location], set: { quantity, updatedAt: sql`now()` } });
  return { sku, location, available: quantity };
}

export async function stockAt(db: Db | Tx, sku: string, location: string): Promise<number> {
  const [row] = await db
    .select({ quantity: stockLevels.quantity })
    .from(stockLevels)
    .where(and(eq(stockLevels.sku, sku), eq(stockLevels.location, location)));
  return row?.quantity ?? 0;
}

/** Every level of these SKUs, online and in stores (no row = 0 units, not listed). */
/**
 * The SKUs of `list` that are on sale and their levels everywhere, in one query (a live stock
 * stream opens with it): a SKU missing from `known` is unknown or withdrawn.
 */
export async function knownStockLevels(db: Db, list: readonly string[]): Promise<{ known: Set<string>; levels: StockLevel[] }> {
  if (list.length === 0) return { known: new Set(), levels: [] };
  const rows = await db
    .select({ sku: skuTable.sku, location: stockLevels.location, available: stockLevels.quantity })
    .from(skuTable)
    .innerJoin(products, eq(products.slug, skuTable.productSlug))
    .leftJoin(stockLevels, eq(stockLevels.sku, skuTable.sku))
    .where(and(inArray(skuTable.sku, [...list]), isNull(products.deletedAt)));
  return {
    known: new Set(rows.map((row) => row.sku)),
    levels: rows.flatMap((row) => (row.location === null || row.available === null ? [] : [{ sku: row.sku, location: row.location, available: row.available }])),
  };
}

export async function stockLevelsOf(db: Db, skus: readonly string[]): Promise<StockLevel[]> {
  if (skus.length === 0) return [];
  return db
    .select({ sku: stockLevels.sku, location: stockLevels.location, available: stockLevels.quantity })
    .from(stockLevels)
    .where(inArray(stockLevels.sku, [...skus]));
}
