import { expect, it } from "vitest";
import { users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { describeOnEachDatabase } from "../testing/each-database";
import { getAccountCart, putAccountCart } from "./account-cart";
import { mergeCartLines } from "./merge";
import type { CartLine } from "./types";

/**
 * Concurrent PUTs for one account (the user-row lock in putAccountCart), on PGlite and on a
 * real PostgreSQL where the transactions overlap and only the lock keeps a stale read out.
 */
const start = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;
const line = (sku: string, quantity: number, second: number): CartLine => ({ sku, quantity, updatedAt: new Date(start + second * 1000).toISOString() });
const strip = (lines: CartLine[]) => lines.map(({ sku, quantity, updatedAt }) => ({ sku, quantity, updatedAt }));
let skuIds: string[] = [];

describeOnEachDatabase(
  "putAccountCart under concurrency",
  async (database) => {
    await seedDemo(database.db, { products: 12 });
    skuIds = (await database.db.query.skus.findMany({ limit: 30, orderBy: (s, { asc }) => asc(s.sku) })).map((row) => row.sku);
  },
  (current) => {
    async function newUser(id: string) {
      await current().db.insert(users).values({ id, name: id, email: `${id}@example.com` });
      return id;
    }

    it("two concurrent PUTs from two devices converge to the merge of both", async () => {
      const user = await newUser("two-devices");
      const [a, b, c, d] = skuIds as [string, string, string, string];
      const phone = [line(a, 2, 10), line(b, 0, 12), line(c, 1, 3)];
      const desktop = [line(a, 1, 11), line(b, 3, 4), line(d, 4, 6)];
      const [first, second] = await Promise.all([putAccountCart(current().db, user, "phone", phone), putAccountCart(current().db, user, "desktop", desktop)]);
      const expected = mergeCartLines(phone, desktop).lines;
      expect(strip(await getAccountCart(current().db, user))).toEqual(expected);
      // Whichever ran second saw the first one's lines: its answer is the whole merged cart.
      expect([strip(first.lines), strip(second.lines)]).toContainEqual(expected);
    });

    it("30 concurrent PUTs for one account lose no line, and the latest change of a shared SKU wins", async () => {
      const user = await newUser("many-devices");
      const shared = skuIds[0]!;
      // Each device changes the shared SKU (device i at second i) and adds a line of its own.
      // Sent newest first, so a PUT that merged a stale read would write an older change last.
      const devices = skuIds.slice(1).map((own, i) => ({ id: `device-${i}`, lines: [line(shared, (i % 20) + 1, 100 + i), line(own, 1, i)] }));
      await Promise.all(devices.reverse().map((device) => putAccountCart(current().db, user, device.id, device.lines)));
      const stored = strip(await getAccountCart(current().db, user));
      expect(stored).toEqual(mergeCartLines([], devices.flatMap((device) => device.lines)).lines);
    });
  },
);
