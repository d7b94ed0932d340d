import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGtin } from "../catalog/gtin";
import { openDatabase, type Database } from "../db/client";
import { seedDemo } from "../db/seed";
import { skus } from "../db/schema";
import { findSkuByCode, findSkuByGtin, geofencedStores } from "./lookup";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 5 });
});
afterAll(() => database.close());

describe("in-store lookups", () => {
  it("finds a demo SKU by its EAN-13 and by its code, with its product page", async () => {
    const [first] = await database.db.select().from(skus).limit(1);
    const byGtin = await findSkuByGtin(database.db, first!.gtin!);
    expect(byGtin).toEqual({ sku: first!.sku, gtin: first!.gtin, product: first!.productSlug, url: `/products/${first!.productSlug}?sku=${first!.sku}` });
    expect(await findSkuByCode(database.db, first!.sku)).toEqual(byGtin);
    expect(await findSkuByGtin(database.db, demoGtin(999_999_999))).toBeNull();
  });

  it("gives every store its radius", async () => {
    const stores = await geofencedStores(database.db, 150);
    expect(stores.length).toBeGreaterThan(1);
    expect(stores.find((store) => store.slug === "lyon-part-dieu")).toMatchObject({ name: "Vitrine Lyon Part-Dieu", radiusMetres: 150 });
  });
});
