import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { addToWishlist, isInWishlist, listWishlist, removeFromWishlist } from "./wishlist";

let database: Database;
let slugs: string[];

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 12 });
  slugs = (await database.db.query.products.findMany({ limit: 2 })).map((p) => p.slug);
  await database.db.insert(users).values([
    { id: "a", name: "A", email: "a@example.com" },
    { id: "b", name: "B", email: "b@example.com" },
  ]);
});
afterAll(() => database.close());

describe("wishlist", () => {
  it("adds once, lists per account, removes", async () => {
    const [first, second] = slugs as [string, string];
    expect(await addToWishlist(database.db, "a", first)).toBe(true);
    expect(await addToWishlist(database.db, "a", first)).toBe(true);
    expect(await addToWishlist(database.db, "a", second)).toBe(true);
    expect(await addToWishlist(database.db, "a", "no-such-product")).toBe(false);
    expect((await listWishlist(database.db, "a")).map((entry) => entry.slug).sort()).toEqual([first, second].sort());
    expect(await listWishlist(database.db, "b")).toEqual([]);
    expect(await isInWishlist(database.db, "b", first)).toBe(false);
    await removeFromWishlist(database.db, "a", first);
    expect(await isInWishlist(database.db, "a", first)).toBe(false);
    expect(await isInWishlist(database.db, "a", second)).toBe(true);
  });
});
