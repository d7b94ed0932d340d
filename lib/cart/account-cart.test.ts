import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { getAccountCart, putAccountCart, UnknownSkuError } from "./account-cart";
import type { CartLine } from "./types";

let database: Database;
let skuIds: string[];
// Recent times: removals older than TOMBSTONE_TTL_DAYS are forgotten (lib/cart/tombstones.ts).
const start = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;
const at = (second: number) => new Date(start + second * 1000).toISOString();
const line = (sku: string, quantity: number, second: number): CartLine => ({ sku, quantity, updatedAt: at(second) });

async function newUser(id: string) {
  await database.db.insert(users).values({ id, name: id, email: `${id}@example.com` });
  return id;
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 12 });
  skuIds = (await database.db.query.skus.findMany({ limit: 6 })).map((row) => row.sku);
});
afterAll(() => database.close());

describe("putAccountCart", () => {
  it("merges a device's lines and tells it what the account cart brought", async () => {
    const user = await newUser("u1");
    const [a, b, c] = skuIds as [string, string, string];
    await putAccountCart(database.db, user, "phone", [line(a, 1, 1), line(b, 2, 2)]);
    const result = await putAccountCart(database.db, user, "desktop", [line(c, 1, 3)]);
    expect(result.lines.map((l) => l.sku).sort()).toEqual([a, b, c].sort());
    expect(result.changes.map((change) => change.kind)).toEqual(["added", "added"]);
    const stored = await getAccountCart(database.db, user);
    expect(stored.find((l) => l.sku === a)?.visitorId).toBe("phone");
    expect(stored.find((l) => l.sku === c)?.visitorId).toBe("desktop");
  });

  it("keeps a removal made elsewhere when a stale device comes back", async () => {
    const user = await newUser("u2");
    const [a, b] = skuIds as [string, string];
    await putAccountCart(database.db, user, "phone", [line(a, 1, 1), line(b, 1, 1)]);
    await putAccountCart(database.db, user, "desktop", [line(a, 0, 5)]);
    const back = await putAccountCart(database.db, user, "phone", [line(a, 1, 1), line(b, 1, 1)]);
    expect(back.lines.find((l) => l.sku === a)?.quantity).toBe(0);
    expect(back.changes).toEqual([{ sku: a, kind: "removed", quantity: 0 }]);
  });

  it("refuses unknown SKUs and merges nothing of that request", async () => {
    const user = await newUser("u3");
    const [a] = skuIds as [string];
    await expect(putAccountCart(database.db, user, "phone", [line(a, 1, 1), line("NOPE-1", 1, 1)])).rejects.toBeInstanceOf(UnknownSkuError);
    expect(await getAccountCart(database.db, user)).toEqual([]);
  });
});
