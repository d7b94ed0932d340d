import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "../db/client";
import { categories, products, skus, stockLevels } from "../db/schema";
import { seedDemo } from "../db/seed";
import { describeOnEachDatabase } from "../testing/each-database";
import { feedPageGzipBase64, feedPageJson, firstSyncPage, fromGzipBase64 } from "./feed-page";

/**
 * The server keeps the pages of a first mirror sync under their position and serves an entry
 * only while its fingerprint is the catalog's current one (lib/catalog/cached.ts,
 * docs/offline.md). What that rests on, on both databases: the positions are the cursors a first
 * sync walks through, a page's fingerprint changes whenever its answer does (a product, stock or
 * category change), and stays while nothing it holds changed.
 */

const LIMIT = 10;

interface Walked {
  since: number;
  position: number;
  fingerprint: string;
  json: string;
}

/** A first sync: pages from 0 while hasMore, each with what firstSyncPage says of its cursor. */
async function walk(db: Db): Promise<Walked[]> {
  const pages: Walked[] = [];
  for (let since = 0; ; ) {
    const page = await firstSyncPage(db, since, LIMIT);
    if (!page) throw new Error(`cursor ${since} of a first sync is not recognised as one`);
    const json = await feedPageJson(db, since, LIMIT);
    pages.push({ since, ...page, json });
    const { cursor, hasMore } = JSON.parse(json) as { cursor: string; hasMore: boolean };
    if (!hasMore) return pages;
    since = Number(cursor);
  }
}

/** The slug of a product the page at `position` holds. */
const productOn = (pages: Walked[], position: number) => (JSON.parse(pages[position]!.json) as { products: { slug: string }[] }).products[3]!.slug;

/** Same position, same fingerprint ⇔ same answer; and a fingerprint, once gone, never comes back. */
function expectFingerprintsFollowAnswers(before: Walked[], after: Walked[]) {
  for (const page of after) {
    const old = before.find((candidate) => candidate.position === page.position);
    if (old && old.fingerprint === page.fingerprint) expect(page.json).toBe(old.json);
    else expect(before.some((candidate) => candidate.fingerprint === page.fingerprint)).toBe(false);
    if (old && old.json !== page.json) expect(page.fingerprint).not.toBe(old.fingerprint);
  }
}

describeOnEachDatabase(
  "first-sync feed pages",
  async (database) => {
    await seedDemo(database.db, { products: 40 });
  },
  (current) => {
    it("knows the cursors a first sync walks through, by position, and no other", async () => {
      const { db } = current();
      const pages = await walk(db);
      expect(pages.map((page) => page.position)).toEqual([0, 1, 2, 3]);
      for (const page of pages.slice(1)) {
        expect(await firstSyncPage(db, page.since - 1, LIMIT)).toBeNull();
        expect(await firstSyncPage(db, page.since + 1, LIMIT)).toBeNull();
      }
      // The same cursors with another page size are not a first sync of that size.
      expect(await firstSyncPage(db, pages[1]!.since, LIMIT + 1)).toBeNull();
      // What the cache keeps is the same page, compressed.
      expect(await fromGzipBase64(await feedPageGzipBase64(db, pages[1]!.since, LIMIT))).toBe(pages[1]!.json);
      // Nothing changed: the same fingerprints.
      expect((await walk(db)).map((page) => page.fingerprint)).toEqual(pages.map((page) => page.fingerprint));
    });

    it("changes the fingerprint of the pages a product edit changes, and only those", async () => {
      const { db } = current();
      const before = await walk(db);
      const slug = productOn(before, 1);
      await db.update(products).set({ priceCents: sql`${products.priceCents} + 100` }).where(eq(products.slug, slug));
      const after = await walk(db);
      expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
      for (const position of [1, 2, 3]) expect(after[position]!.fingerprint).not.toBe(before[position]!.fingerprint);
      expect(after.at(-1)!.json).toContain(slug);
      expectFingerprintsFollowAnswers(before, after);
    });

    it("changes the fingerprint of the page whose product's stock changed", async () => {
      const { db } = current();
      const before = await walk(db);
      const slug = productOn(before, 0);
      const [sku] = await db.select({ sku: skus.sku }).from(skus).where(eq(skus.productSlug, slug)).limit(1);
      await db.update(stockLevels).set({ quantity: sql`${stockLevels.quantity} + 1` }).where(eq(stockLevels.sku, sku!.sku));
      const after = await walk(db);
      expect(after[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
      expectFingerprintsFollowAnswers(before, after);
    });

    it("changes every page's fingerprint when a category changes", async () => {
      const { db } = current();
      const before = await walk(db);
      const [category] = await db.select({ slug: categories.slug, name: categories.name }).from(categories).limit(1);
      await db.update(categories).set({ name: `${category!.name} !` }).where(eq(categories.slug, category!.slug));
      const after = await walk(db);
      for (const [position, page] of after.entries()) expect(page.fingerprint).not.toBe(before[position]!.fingerprint);
      expect(after.at(-1)!.json).toContain(`${category!.name} !`);
      expectFingerprintsFollowAnswers(before, after);
    });
  },
);
