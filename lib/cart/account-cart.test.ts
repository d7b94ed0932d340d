import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { getAccountCart, putAccountCart, UnknownSkuError } from "./account-cart";
import { mergeCartLines } from "./merge";
import type { CartLine } from "./types";

let database: Database;
let skuIds: string[];
const at = (second: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, second)).toISOString();
const line = (sku: string, quantity: number, second: number): CartLine => ({ sku, quantity, updatedAt: at(second) });
const strip = (lines: { sku: string; quantity: number; updatedAt: string }[]) => lines.map(({ sku, quantity, updatedAt }) => ({ sku, quantity, updatedAt }));

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

  it("two concurrent PUTs from two devices converge to the merge of both", async () => {
    const user = await newUser("u4");
    const [a, b, c, d] = skuIds as [string, string, string, string];
    const phone = [line(a, 2, 10), line(b, 0, 12), line(c, 1, 3)];
    const desktop = [line(a, 1, 11), line(b, 3, 4), line(d, 4, 6)];
    const [first, second] = await Promise.all([
      putAccountCart(database.db, user, "phone", phone),
      putAccountCart(database.db, user, "desktop", desktop),
    ]);
    const expected = mergeCartLines(phone, desktop).lines;
    const stored = strip(await getAccountCart(database.db, user));
    expect(stored).toEqual(expected);
    // Whichever ran second saw the first one's lines: its answer is the whole merged cart.
    expect([strip(first.lines), strip(second.lines)]).toContainEqual(expected);
  });

  it("many concurrent PUTs for one account lose no line", async () => {
    const user = await newUser("u5");
    const batches = skuIds.map((sku, i) => [line(sku, i + 1, i)]);
    await Promise.all(batches.map((batch, i) => putAccountCart(database.db, user, `device-${i}`, batch)));
    expect((await getAccountCart(database.db, user)).map((l) => l.quantity).sort()).toEqual(skuIds.map((_, i) => i + 1).sort());
  });
});
