/**
 * Seeds the demo retailer, or a bigger generated catalog for benchmarks.
 *
 *   tsx scripts/seed.ts [--products N] [--data-dir DIR] [--reset]
 *
 * Uses PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (default: DATA_DIR's).
 * Seeds only an empty catalog unless --reset empties it first (with everything that refers to
 * it: orders, carts, reservations…). Run from the project root (migrations are found there).
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "../lib/db/client";
import { DEMO_PRODUCT_COUNT, seedDemo, seedIfEmpty } from "../lib/db/seed";

const { values } = parseArgs({
  options: {
    products: { type: "string" },
    "data-dir": { type: "string" },
    reset: { type: "boolean", default: false },
  },
});

const products = values.products === undefined ? DEMO_PRODUCT_COUNT : Number(values.products);
if (!Number.isInteger(products) || products < 1 || products > 999_999) {
  console.error("--products must be a whole number between 1 and 999999");
  process.exit(2);
}

const started = performance.now();
const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: values["data-dir"] });
const opened = performance.now();
try {
  if (values.reset) {
    await database.db.execute(sql`truncate categories, products, skus, locations, stores, stock_levels cascade`);
    await seedDemo(database.db, { products });
  } else if (!(await seedIfEmpty(database.db, { products }))) {
    console.log("The catalog is not empty: nothing seeded (use --reset to replace it).");
  }
  const seeded = performance.now();
  const { rows } = (await database.db.execute(sql`
    select (select count(*) from categories)::int as categories, (select count(*) from products)::int as products,
           (select count(*) from skus)::int as skus, (select count(*) from stores)::int as stores,
           (select count(*) from stock_levels)::int as stock_levels`)) as unknown as { rows: Record<string, number>[] };
  console.log(`${database.kind}:`, rows[0]);
  console.log(`opened and migrated in ${Math.round(opened - started)} ms, seeded in ${Math.round(seeded - opened)} ms`);
} finally {
  await database.close();
}
