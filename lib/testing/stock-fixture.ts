import { ONLINE_LOCATION } from "../catalog/queries";
import type { Db } from "../db/client";
import { sql } from "drizzle-orm";
import { categories, locations, products, skus, stockLevels, stores } from "../db/schema";

const everyDay: [string, string][][] = Array.from({ length: 7 }, () => [["09:00", "20:00"]]);

/**
 * A small catalog for stock tests: one product with two SKUs priced 19.90 € and 24.90 €, the
 * online warehouse and two Lyon stores. Stock is given per test.
 */
export async function insertStockFixture(db: Db, stock: { sku: string; location: string; quantity: number }[]): Promise<void> {
  await db.insert(categories).values({ slug: "tops", name: "Hauts" });
  await db.insert(products).values({ slug: "tee", name: "Tee-shirt", description: "Coton", categorySlug: "tops", brand: "Vitrine", images: ["tee"], priceCents: 1990 });
  await db.insert(skus).values([
    { sku: "TEE-M", productSlug: "tee", label: "M", priceCents: 1990, position: 0 },
    { sku: "TEE-L", productSlug: "tee", label: "L", priceCents: 2490, position: 1 },
  ]);
  await db.insert(locations).values([
    { slug: ONLINE_LOCATION, kind: "warehouse" },
    { slug: "lyon-part-dieu", kind: "store" },
    { slug: "lyon-bellecour", kind: "store" },
  ]);
  await db.insert(stores).values([
    { slug: "lyon-part-dieu", name: "Vitrine Lyon Part-Dieu", address: "17 rue du Docteur Bouchut", postcode: "69003", city: "Lyon", lat: 45.7606, lng: 4.8594, phone: "04 65 71 00 01", openingHours: everyDay },
    { slug: "lyon-bellecour", name: "Vitrine Lyon Bellecour", address: "1 place Bellecour", postcode: "69002", city: "Lyon", lat: 45.7578, lng: 4.832, phone: "04 65 71 00 02", openingHours: everyDay },
  ]);
  if (stock.length) await db.insert(stockLevels).values(stock);
}

/** Back to a clean state between tests sharing one database (opening one costs seconds). */
export async function resetStock(db: Db, stock: { sku: string; location: string; quantity: number }[]): Promise<void> {
  await db.execute(sql`truncate order_lines, orders, reservations, idempotency_keys, stock_levels`);
  if (stock.length) await db.insert(stockLevels).values(stock);
}
