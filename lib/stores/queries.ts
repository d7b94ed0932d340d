import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, skus, stockLevels, stores } from "../db/schema";
import { sortByDistance, type LatLng } from "./distance";
import { isOpenAt } from "./opening-hours";
import type { Store } from "./types";

export interface StoreListOptions {
  /** Only stores holding at least one unit of this SKU, each with its `stock`. */
  sku?: string;
  /** Nearest first from here, each with its `distanceKm`; otherwise by city, then name. */
  origin?: LatLng;
  /** When `openNow` is judged; tests pin it. */
  now?: Date;
}

type StoreRow = typeof stores.$inferSelect;

function toStore(row: StoreRow, now: Date): Store {
  return {
    slug: row.slug,
    name: row.name,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    phone: row.phone,
    openingHours: row.openingHours,
    openNow: isOpenAt(row.openingHours, now, row.timezone),
  };
}

// In JS rather than SQL: the database's collation may be "C", which would file Évry after Zurich.
const byCityThenName = (a: Store, b: Store) => a.city.localeCompare(b.city, "fr") || a.name.localeCompare(b.name, "fr");

export async function listStores(db: Db, options: StoreListOptions = {}): Promise<Store[]> {
  const now = options.now ?? new Date();
  let list: Store[];
  if (options.sku) {
    const rows = await db
      .select({ store: stores, stock: stockLevels.quantity })
      .from(stores)
      .innerJoin(stockLevels, eq(stockLevels.location, stores.slug))
      .where(and(eq(stockLevels.sku, options.sku), gt(stockLevels.quantity, 0)));
    list = rows.map(({ store, stock }) => ({ ...toStore(store, now), stock }));
  } else {
    list = (await db.select().from(stores)).map((row) => toStore(row, now));
  }
  return options.origin ? sortByDistance(list, options.origin) : list.sort(byCityThenName);
}

export async function getStore(db: Db, slug: string, now: Date = new Date()): Promise<Store | null> {
  const [row] = await db.select().from(stores).where(eq(stores.slug, slug));
  return row ? toStore(row, now) : null;
}

/** Whether a SKU is on sale at all (its product not withdrawn): "no store has it" and "no such SKU" differ. */
export async function skuExists(db: Db, sku: string): Promise<boolean> {
  const [row] = await db
    .select({ sku: skus.sku })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(eq(skus.sku, sku), isNull(products.deletedAt)));
  return row !== undefined;
}
