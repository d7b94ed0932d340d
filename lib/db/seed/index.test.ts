import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../client";
import { DEMO_PRODUCT_COUNT, generateCatalog, seedDemo, seedIfEmpty, STORES } from "./index";

let database: Database;

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const { rows } = (await database.db.execute(query)) as unknown as { rows: { n: number }[] };
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
});
afterAll(() => database.close());

describe("seedIfEmpty", () => {
  it("seeds an empty database with the demo retailer, then leaves it alone", async () => {
    expect(await seedIfEmpty(database.db)).toBe(true);
    expect(await seedIfEmpty(database.db)).toBe(false);

    const demo = generateCatalog();
    const skuCount = demo.products.reduce((n, p) => n + p.skus.length, 0);
    const storeRows = demo.products.flatMap((p) => p.skus).reduce((n, s) => n + Object.keys(s.stock.stores).length, 0);
    expect(await count(sql`select count(*) n from categories`)).toBe(demo.categories.length);
    expect(await count(sql`select count(*) n from products`)).toBe(DEMO_PRODUCT_COUNT);
    expect(await count(sql`select count(*) n from skus`)).toBe(skuCount);
    expect(await count(sql`select count(*) n from stores`)).toBe(STORES.length);
    expect(await count(sql`select count(*) n from locations`)).toBe(STORES.length + 1);
    expect(await count(sql`select count(*) n from stock_levels`)).toBe(skuCount + storeRows);
    expect(await count(sql`select count(*) n from stock_levels where location = 'online'`)).toBe(skuCount);
  });

  it("leaves planner statistics behind (PGlite has no autovacuum to gather them)", async () => {
    for (const table of ["products", "skus", "stock_levels"]) {
      expect(await count(sql`select count(*) n from pg_stats where schemaname = 'public' and tablename = ${table}`)).toBeGreaterThan(0);
    }
  });

  it("writes consistent rows (foreign keys were not checked during the load)", async () => {
    expect(await count(sql`select count(*) n from products p left join categories c on c.slug = p.category_slug where c.slug is null`)).toBe(0);
    expect(await count(sql`select count(*) n from skus s left join products p on p.slug = s.product_slug where p.slug is null`)).toBe(0);
    expect(await count(sql`select count(*) n from stock_levels st left join skus s on s.sku = st.sku where s.sku is null`)).toBe(0);
    expect(await count(sql`select count(*) n from stock_levels st left join locations l on l.slug = st.location where l.slug is null`)).toBe(0);
    expect(await count(sql`select count(*) n from products p where not exists (select 1 from skus s where s.product_slug = p.slug)`)).toBe(0);
  });

  it("gives every product its own version and keeps the indexes and version triggers", async () => {
    expect(await count(sql`select count(distinct version) n from catalog_versions where kind = 'product'`)).toBe(DEMO_PRODUCT_COUNT);
    expect(await count(sql`select count(*) n from pg_indexes where indexname in ('product_search_pkey', 'stock_location_idx', 'skus_product_idx')`)).toBe(3);

    const maxVersion = await count(sql`select max(version) n from catalog_versions`);
    const sku = sql`(select min(sku) from skus)`;
    await database.db.execute(sql`update stock_levels set quantity = quantity + 1 where sku = ${sku} and location = 'online'`);
    expect(
      await count(sql`select v.version n from catalog_versions v join skus s on s.product_slug = v.slug where v.kind = 'product' and s.sku = ${sku}`),
    ).toBeGreaterThan(maxVersion);
  });

  it("indexes every product for search (docs/search.md)", async () => {
    expect(await count(sql`select count(*) n from products p where not exists (select 1 from product_search s where s.slug = p.slug)`)).toBe(0);
    expect(await count(sql`select count(*) n from product_search where text like '% robe%' or text like 'robe%'`)).toBeGreaterThan(0);
  });
});

describe("seedDemo", () => {
  it("seeds a bigger catalog", async () => {
    const other = await openDatabase({ dataDir: "memory" });
    try {
      const counts = await seedDemo(other.db, { products: 2000 });
      expect(counts.products).toBe(2000);
      const { rows } = (await other.db.execute(sql`select count(*)::int n from skus`)) as unknown as { rows: { n: number }[] };
      expect(rows[0]!.n).toBe(counts.skus);
    } finally {
      await other.close();
    }
  });
});
