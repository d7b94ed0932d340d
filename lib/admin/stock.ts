import { and, asc, eq, ilike, inArray, isNull, or } from "drizzle-orm";
import { canActOnStore, type StaffMember } from "../auth/staff";
import type { Db } from "../db/client";
import { locations, products, skus, stockLevels, stores } from "../db/schema";
import { setStock, type StockLevel } from "../inventory/stock";

export type StaffStockResult = { ok: true; level: StockLevel } | { ok: false; reason: "unknown_sku" | "unknown_location" | "forbidden_location" };

/**
 * A staff count (docs/back-office.md): sets the units available at a location. A member bound
 * to a store may set only that store; the online warehouse needs an unbound member. Every open
 * stock stream hears it (the stock_levels trigger).
 */
export async function setStockAsStaff(db: Db, member: StaffMember, change: { sku: string; location: string; quantity: number }): Promise<StaffStockResult> {
  const [sku] = await db
    .select({ sku: skus.sku })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(eq(skus.sku, change.sku), isNull(products.deletedAt)));
  if (!sku) return { ok: false, reason: "unknown_sku" };
  const [location] = await db.select({ slug: locations.slug }).from(locations).where(eq(locations.slug, change.location));
  if (!location) return { ok: false, reason: "unknown_location" };
  if (!canActOnStore(member, change.location)) return { ok: false, reason: "forbidden_location" };
  return { ok: true, level: await setStock(db, change.sku, change.location, change.quantity) };
}

export interface SkuStockRow {
  sku: string;
  label: string;
  productName: string;
  productSlug: string;
  /** Units per location slug ("online" and each store); a missing location holds 0. */
  levels: Record<string, number>;
}

/** SKUs whose code or product name matches `query` (at most `limit`), with their level everywhere. */
export async function searchSkuStock(db: Db, query: string, limit = 20): Promise<SkuStockRow[]> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const found = await db
    .select({ sku: skus.sku, label: skus.label, productName: products.name, productSlug: products.slug })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(isNull(products.deletedAt), or(ilike(skus.sku, pattern), ilike(products.name, pattern))))
    .orderBy(asc(skus.sku))
    .limit(limit);
  if (!found.length) return [];
  const levels = await db
    .select({ sku: stockLevels.sku, location: stockLevels.location, quantity: stockLevels.quantity })
    .from(stockLevels)
    .where(inArray(stockLevels.sku, found.map((row) => row.sku)));
  return found.map((row) => ({
    ...row,
    levels: Object.fromEntries(levels.filter((level) => level.sku === row.sku).map((level) => [level.location, level.quantity])),
  }));
}

export async function listStoreNames(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.select({ slug: stores.slug, name: stores.name }).from(stores).orderBy(asc(stores.name));
}
