import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, skus, stores } from "../db/schema";
import { productUrl } from "./scan-code";
import type { GeofencedStore } from "./geofence";

/** A SKU found by its barcode or code: what the scanner needs to open its product page. */
export interface FoundSku {
  sku: string;
  gtin: string | null;
  product: string;
  /** The product page with that SKU selected. */
  url: string;
}

async function findSku(db: Db, where: ReturnType<typeof eq>): Promise<FoundSku | null> {
  const [row] = await db
    .select({ sku: skus.sku, gtin: skus.gtin, product: skus.productSlug })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(where, isNull(products.deletedAt)))
    .limit(1);
  return row ? { ...row, url: productUrl(row.product, row.sku) } : null;
}

/** The SKU on sale with this GTIN (the index `skus_gtin_idx` makes it one lookup). */
export function findSkuByGtin(db: Db, gtin: string): Promise<FoundSku | null> {
  return findSku(db, eq(skus.gtin, gtin));
}

/** The SKU on sale with this code (a typed reference). */
export function findSkuByCode(db: Db, sku: string): Promise<FoundSku | null> {
  return findSku(db, eq(skus.sku, sku));
}

/** Every store with its in-store radius (one radius for all stores: `IN_STORE_RADIUS_METRES`). */
export async function geofencedStores(db: Db, radiusMetres: number): Promise<GeofencedStore[]> {
  const rows = await db.select({ slug: stores.slug, name: stores.name, lat: stores.lat, lng: stores.lng }).from(stores).orderBy(stores.name);
  return rows.map((row) => ({ ...row, radiusMetres }));
}
