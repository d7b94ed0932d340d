import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { products, stockLevels } from "../db/schema";
import { seedDemo } from "../db/seed";
import { catalogChangesSince, getProduct, listCategories, listProducts, ONLINE_LOCATION } from "./queries";
import type { ProductQuery } from "./types";

let database: Database;
let productCount: number;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  productCount = (await seedDemo(database.db)).products;
});
afterAll(() => database.close());

/** Every item of a query, page after page. */
async function listAll(query: Omit<ProductQuery, "page" | "limit">) {
  const items = [];
  for (let page = 1; ; page++) {
    const result = await listProducts(database.db, { ...query, page, limit: 100 });
    items.push(...result.items);
    if (result.items.length < 100) return { items, total: result.total };
  }
}

describe("listProducts", () => {
  it("pages a category without overlap, with the same total on every page", async () => {
    const first = await listProducts(database.db, { category: "robes", page: 1, limit: 10 });
    const second = await listProducts(database.db, { category: "robes", page: 2, limit: 10 });
    const { items, total } = await listAll({ category: "robes" });
    expect(first.total).toBe(items.length);
    expect(second.total).toBe(first.total);
    expect(total).toBe(first.total);
    expect(first.items).toHaveLength(10);
    expect(second.page).toBe(2);
    const slugs = [...first.items, ...second.items].map((item) => item.slug);
    expect(new Set(slugs).size).toBe(20);
    expect(items.every((item) => item.category === "robes")).toBe(true);
  });

  it("keeps the total on a page past the end", async () => {
    const all = await listProducts(database.db, { page: 1, limit: 24 });
    const beyond = await listProducts(database.db, { page: 1000, limit: 24 });
    expect(all.total).toBe(productCount);
    expect(beyond).toEqual({ items: [], total: productCount, page: 1000 });
  });

  it("filters by price and sorts by price", async () => {
    const { items } = await listAll({ minCents: 3000, maxCents: 6000, sort: "price-asc" });
    expect(items.length).toBeGreaterThan(0);
    const prices = items.map((item) => item.priceCents);
    expect(prices.every((price) => price >= 3000 && price <= 6000)).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const descending = (await listAll({ minCents: 3000, maxCents: 6000, sort: "price-desc" })).items.map((i) => i.priceCents);
    expect(descending).toEqual([...prices].reverse());
  });

  it("filters by size: every product offers one of the sizes", async () => {
    const { items } = await listAll({ category: "pulls", sizes: ["M"] });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items.slice(0, 10)) {
      const product = await getProduct(database.db, item.slug);
      expect(product?.skus.some((sku) => sku.size === "M")).toBe(true);
    }
  });

  it("finds dresses for 'robe' (French stemming) and ranks a dress first", async () => {
    const result = await listProducts(database.db, { q: "robe", page: 1, limit: 24 });
    expect(result.total).toBeGreaterThan(5);
    expect(result.items[0]?.name).toMatch(/^robe/i);
    expect(result.items.filter((item) => item.category === "robes").length).toBeGreaterThan(5);
  });

  it("matches words by prefix while typing: 'chemi' finds the chemises", async () => {
    const { items } = await listAll({ q: "chemi" });
    expect(items.some((item) => item.category === "chemises" && /^chemise/i.test(item.name))).toBe(true);
  });

  it.each(["' OR 1=1 --", "'); drop table products; --", "robe:* | !", "&&&", "\\", "%_"])(
    "answers SQL- or tsquery-looking search %j normally",
    async (q) => {
      const result = await listProducts(database.db, { q, page: 1, limit: 24 });
      // An injected "match everything" would return the whole catalog; the page must hold
      // exactly what the total promises (a page of 24, or all of a smaller result).
      expect(result.total).toBeLessThan(productCount);
      expect(result.items).toHaveLength(Math.min(result.total, 24));
      expect((await listAll({ q })).items).toHaveLength(result.total);
    },
  );

  it("still has every product after those searches", async () => {
    expect((await listProducts(database.db, { page: 1, limit: 1 })).total).toBe(productCount);
  });
});

describe("getProduct", () => {
  it("sums each SKU's stock online and across stores", async () => {
    const [summary] = (await listProducts(database.db, { category: "chaussures", page: 1, limit: 1 })).items;
    const product = await getProduct(database.db, summary!.slug);
    expect(product?.skus.length).toBeGreaterThan(0);
    for (const sku of product!.skus) {
      const rows = await database.db
        .select({ location: stockLevels.location, quantity: stockLevels.quantity })
        .from(stockLevels)
        .where(eq(stockLevels.sku, sku.sku));
      const sum = (online: boolean) => rows.filter((r) => (r.location === ONLINE_LOCATION) === online).reduce((n, r) => n + r.quantity, 0);
      expect({ online: sku.onlineStock, stores: sku.storeStock }).toEqual({ online: sum(true), stores: sum(false) });
    }
    expect(product!.priceCents).toBe(Math.min(...product!.skus.map((sku) => sku.priceCents)));
  });

  it("returns null for an unknown slug", async () => {
    expect(await getProduct(database.db, "nothing-here")).toBeNull();
  });
});

describe("catalogChangesSince", () => {
  let cursor = "0";

  it("pages the whole catalog with hasMore and cursors, each product once", async () => {
    const seen = new Set<string>();
    let categories = 0;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(10);
      const changes = await catalogChangesSince(database.db, Number(cursor), 100);
      if (changes.hasMore) expect(changes.products).toHaveLength(100);
      expect(Number(changes.cursor)).toBeGreaterThanOrEqual(Number(cursor));
      for (const product of changes.products) seen.add(product.slug);
      categories += changes.categories.length;
      cursor = changes.cursor;
      if (!changes.hasMore) break;
    }
    expect(seen.size).toBe(productCount);
    expect(categories).toBe((await listCategories(database.db)).length);
  });

  it("has nothing after the last cursor", async () => {
    expect(await catalogChangesSince(database.db, Number(cursor), 100)).toEqual({
      cursor,
      products: [],
      categories: [],
      deleted: [],
      hasMore: false,
    });
  });

  it("brings a product back after the cursor when its stock changes (migration catalog_versions_at_commit)", async () => {
    const [summary] = (await listProducts(database.db, { category: "sport", page: 1, limit: 1 })).items;
    const product = (await getProduct(database.db, summary!.slug))!;
    const sku = product.skus[0]!;
    await database.db
      .update(stockLevels)
      .set({ quantity: sku.onlineStock + 7 })
      .where(and(eq(stockLevels.sku, sku.sku), eq(stockLevels.location, ONLINE_LOCATION)));

    const changes = await catalogChangesSince(database.db, Number(cursor), 100);
    expect(changes.products.map((p) => p.slug)).toEqual([product.slug]);
    expect(changes.products[0]!.skus[0]!.onlineStock).toBe(sku.onlineStock + 7);
    expect(Number(changes.cursor)).toBeGreaterThan(Number(cursor));
    cursor = changes.cursor;
  });

  it("reports a withdrawn product in deleted and no longer lists or serves it", async () => {
    const [summary] = (await listProducts(database.db, { category: "maison", page: 1, limit: 1 })).items;
    await database.db.update(products).set({ deletedAt: new Date() }).where(eq(products.slug, summary!.slug));

    const changes = await catalogChangesSince(database.db, Number(cursor), 100);
    expect(changes.deleted).toEqual([summary!.slug]);
    expect(changes.products).toEqual([]);
    expect(await getProduct(database.db, summary!.slug)).toBeNull();
    expect((await listProducts(database.db, { page: 1, limit: 1 })).total).toBe(productCount - 1);
  });
});
