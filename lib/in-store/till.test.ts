import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { insertStockFixture } from "../testing/stock-fixture";
import { tillItems } from "./till";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, [{ sku: "TEE-L", location: "lyon-part-dieu", quantity: 4 }]);
});
afterAll(() => database.close());

describe("till list", () => {
  it("prices the lines from the database, with the cashier's store stock, and sets unknown SKUs apart", async () => {
    const lines = [
      { sku: "TEE-L", quantity: 2 },
      { sku: "TEE-M", quantity: 1 },
      { sku: "GONE", quantity: 1 },
    ];
    expect(await tillItems(database.db, lines, "lyon-part-dieu")).toEqual({
      items: [
        { sku: "TEE-L", quantity: 2, productName: "Tee-shirt", label: "L", unitPriceCents: 2490, storeStock: 4 },
        { sku: "TEE-M", quantity: 1, productName: "Tee-shirt", label: "M", unitPriceCents: 1990, storeStock: 0 },
      ],
      unknown: ["GONE"],
      totalCents: 6970,
    });
    expect((await tillItems(database.db, lines, null)).items[0]!.storeStock).toBeNull();
  });
});
