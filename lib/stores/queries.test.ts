import { and, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { stockLevels } from "../db/schema";
import { seedDemo } from "../db/seed";
import { getStore, listStores, skuExists } from "./queries";

const lyon = { lat: 45.764, lng: 4.8357 };

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db);
});
afterAll(() => database.close());

/** A SKU in a given situation, read straight from the stock table (not through the code under test). */
async function findSku(situation: "stores-only" | "nowhere"): Promise<string> {
  const online = sql`sum(${stockLevels.quantity}) filter (where ${stockLevels.location} = 'online')`;
  const inStores = sql`sum(${stockLevels.quantity}) filter (where ${stockLevels.location} <> 'online')`;
  // "stores-only" also wants a store row at 0 units, to show such a store is left out.
  const having =
    situation === "stores-only"
      ? sql`${online} = 0 and ${inStores} > 0 and bool_or(${stockLevels.location} <> 'online' and ${stockLevels.quantity} = 0)`
      : sql`sum(${stockLevels.quantity}) = 0`;
  const [row] = await database.db
    .select({ sku: stockLevels.sku })
    .from(stockLevels)
    .groupBy(stockLevels.sku)
    .having(having)
    .orderBy(stockLevels.sku)
    .limit(1);
  if (!row) throw new Error(`the demo data has no ${situation} SKU`);
  return row.sku;
}

async function storeQuantities(sku: string): Promise<Map<string, number>> {
  const rows = await database.db
    .select({ location: stockLevels.location, quantity: stockLevels.quantity })
    .from(stockLevels)
    .where(and(eq(stockLevels.sku, sku), ne(stockLevels.location, "online")));
  return new Map(rows.map((row) => [row.location, row.quantity]));
}

describe("listStores", () => {
  it("lists every store by city then name when there is no origin, without stock or distance", async () => {
    const stores = await listStores(database.db);
    expect(stores.length).toBeGreaterThanOrEqual(12);
    const sorted = [...stores].sort((a, b) => a.city.localeCompare(b.city, "fr") || a.name.localeCompare(b.name, "fr"));
    expect(stores.map((s) => s.slug)).toEqual(sorted.map((s) => s.slug));
    for (const store of stores) {
      expect(store).not.toHaveProperty("stock");
      expect(store).not.toHaveProperty("distanceKm");
      expect(typeof store.openNow).toBe("boolean");
      expect(store.openingHours).toHaveLength(7);
    }
  });

  it("with a SKU keeps only the stores holding at least one unit, each with its stock", async () => {
    const sku = await findSku("stores-only");
    const quantities = await storeQuantities(sku);
    const stores = await listStores(database.db, { sku });
    const expected = [...quantities].filter(([, quantity]) => quantity > 0).map(([slug]) => slug);
    expect(stores.map((s) => s.slug).sort()).toEqual(expected.sort());
    // The chosen SKU also has a store row at 0 units: it must not be listed.
    expect(quantities.size).toBeGreaterThan(stores.length);
    for (const store of stores) expect(store.stock).toBe(quantities.get(store.slug));
  });

  it("gives an empty list for a SKU sold out everywhere, which still exists", async () => {
    const sku = await findSku("nowhere");
    expect(await listStores(database.db, { sku })).toEqual([]);
    expect(await skuExists(database.db, sku)).toBe(true);
  });

  it("orders stores nearest first from a point in Lyon, with distances", async () => {
    const stores = await listStores(database.db, { origin: lyon });
    const distances = stores.map((s) => s.distanceKm ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(stores.slice(0, 3).map((s) => s.city).sort()).toEqual(["Lyon", "Lyon", "Villeurbanne"]);
    expect(stores[0]!.distanceKm).toBeLessThan(3);
    expect(stores.find((s) => s.slug === "paris-opera")!.distanceKm).toBeGreaterThan(380);
  });

  it("combines the SKU filter and the origin", async () => {
    const sku = await findSku("stores-only");
    const stores = await listStores(database.db, { sku, origin: lyon });
    expect(stores.length).toBeGreaterThan(0);
    for (const store of stores) expect(store.stock).toBeGreaterThan(0);
    // Nearest first, as without the filter.
    const distances = stores.map((store) => store.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a! - b!));
  });
});

describe("getStore", () => {
  // Paris Opéra opens 10:00–20:00 on Mondays; 24 Nov 2025 is a Monday, Paris is UTC+1 then.
  it("says whether the store is open in its own time zone", async () => {
    const open = await getStore(database.db, "paris-opera", new Date("2025-11-24T10:30:00Z"));
    expect(open).toMatchObject({ slug: "paris-opera", city: "Paris", postcode: "75009", openNow: true });
    const late = await getStore(database.db, "paris-opera", new Date("2025-11-24T19:30:00Z"));
    expect(late?.openNow).toBe(false);
  });

  it("returns null for an unknown store", async () => {
    expect(await getStore(database.db, "atlantis")).toBeNull();
  });
});

describe("skuExists", () => {
  it("is false for an unknown or SQL-looking SKU", async () => {
    expect(await skuExists(database.db, "VIT-0000-NOPE")).toBe(false);
    expect(await skuExists(database.db, "' OR 1=1 --")).toBe(false);
  });
});
