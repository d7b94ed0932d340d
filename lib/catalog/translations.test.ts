import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "../db/client";
import { catalogTerms, categoryTranslations, products, productTranslations, skus } from "../db/schema";
import { seedDemo } from "../db/seed";
import { skuSummaries } from "../inventory/sku-summary";
import { describeOnEachDatabase } from "../testing/each-database";
import { catalogChangesSince, getCategory, getProduct, listCategories, listCategorySizeChoices, listProducts } from "./queries";

/**
 * The catalog in English with French fallback (docs/catalog-languages.md), on PGlite and on
 * PostgreSQL: the translation triggers run at commit like the other catalog version triggers.
 */

const cursorNow = async (db: Db) => Number((await catalogChangesSince(db, 0, 1_000_000)).cursor);

describeOnEachDatabase(
  "catalog translations",
  async (database) => {
    await seedDemo(database.db, { products: 40 });
  },
  (current) => {
    it("lists products by their English names in English, their French ones in French", async () => {
      const { db } = current();
      const french = await listProducts(db, { category: "robes", sort: "name", page: 1, limit: 100 });
      const english = await listProducts(db, { category: "robes", sort: "name", page: 1, limit: 100 }, "en");
      const stored = new Map((await db.select({ slug: products.slug, name: products.name }).from(products)).map((row) => [row.slug, row.name]));
      for (const item of french.items) expect(item.name).toBe(stored.get(item.slug));
      expect(english.items.map((item) => item.slug).sort()).toEqual(french.items.map((item) => item.slug).sort());
      expect(english.items.every((item) => / in /.test(item.name))).toBe(true);
      const names = english.items.map((item) => item.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it("reads a product in English, colours and sizes labelled, and falls back to French where the text is missing", async () => {
      const { db } = current();
      const [kids] = await db.select({ slug: products.slug }).from(products).where(eq(products.categorySlug, "enfant")).limit(1);
      const slug = kids!.slug;
      const english = await getProduct(db, slug, "en");
      const french = await getProduct(db, slug, "fr");
      expect(english!.name).not.toBe(french!.name);
      expect(english!.description).not.toBe(french!.description);
      expect(english!.skus.map((sku) => sku.sku)).toEqual(french!.skus.map((sku) => sku.sku));
      for (const [index, sku] of english!.skus.entries()) {
        // The values stay French keys; the labels read in English.
        expect(sku.size).toBe(french!.skus[index]!.size);
        expect(sku.colour).toBe(french!.skus[index]!.colour);
        expect(sku.sizeLabel).toMatch(/^Age \d+$|^\d+$/);
        expect(sku.label).toBe(`${sku.colourLabel} · ${sku.sizeLabel}`);
      }
      expect(french!.skus.every((sku) => sku.colourLabel === sku.colour && sku.sizeLabel === sku.size)).toBe(true);

      await db.delete(productTranslations).where(eq(productTranslations.productSlug, slug));
      const fallback = await getProduct(db, slug, "en");
      expect([fallback!.name, fallback!.description]).toEqual([french!.name, french!.description]);
      expect(fallback!.skus.map((sku) => sku.colourLabel)).toEqual(english!.skus.map((sku) => sku.colourLabel));
    });

    it("names categories and sizes in English, French where untranslated", async () => {
      const { db } = current();
      expect((await getCategory(db, "robes", "en"))!.name).toBe("Dresses & skirts");
      expect((await listCategories(db, "en")).map((category) => category.name)).toContain("Home linen");
      await db.delete(categoryTranslations).where(eq(categoryTranslations.categorySlug, "sport"));
      expect((await getCategory(db, "sport", "en"))!.name).toBe("Sport");
      expect((await listCategorySizeChoices(db, "enfant", "en")).map((size) => size.label)).toContain("Age 4");
      expect((await listCategorySizeChoices(db, "enfant", "fr")).map((size) => size.label)).toContain("4 ans");
    });

    it("names checkout and reservation lines in the page's language", async () => {
      const { db } = current();
      const [line] = await db.select({ sku: skus.sku }).from(skus).where(eq(skus.colour, "Vert sauge")).limit(1);
      const [french] = await skuSummaries(db, [line!.sku]);
      const [english] = await skuSummaries(db, [line!.sku], "en");
      expect(french!.label).toMatch(/^Vert sauge/);
      expect(english!.label).toMatch(/^Sage green/);
      expect(english!.productName).toBe((await getProduct(db, french!.productSlug, "en"))!.name);
      expect(french!.productName).toBe((await getProduct(db, french!.productSlug, "fr"))!.name);
    });

    it("carries every language in the mirror's feed", async () => {
      const { db } = current();
      const feed = await catalogChangesSince(db, 0, 1000);
      const product = feed.products.find((candidate) => candidate.skus.some((sku) => sku.colour === "Bordeaux"))!;
      const english = product.translations.en!;
      expect(english.colours).toMatchObject({ Bordeaux: "Burgundy" });
      // Only the product's own values travel with it.
      expect(Object.keys(english.colours).every((colour) => product.skus.some((sku) => sku.colour === colour))).toBe(true);
      expect(product.name).toBe((await getProduct(db, product.slug, "fr"))!.name);
      expect(feed.categories.find((category) => category.slug === "robes")!.translations).toEqual({ en: { name: "Dresses & skirts" } });
    });

    it("bumps the catalog version of what a translation or a glossary edit changes, so the mirror gets it", async () => {
      const { db } = current();
      const [first] = await db.select({ slug: products.slug }).from(products).where(eq(products.categorySlug, "robes")).limit(1);
      const slug = first!.slug;

      let since = await cursorNow(db);
      await db.update(productTranslations).set({ name: "Renamed dress" }).where(and(eq(productTranslations.productSlug, slug), eq(productTranslations.locale, "en")));
      let changes = await catalogChangesSince(db, since, 1000);
      expect(changes.products.map((product) => product.slug)).toEqual([slug]);
      expect(changes.products[0]!.translations.en!.name).toBe("Renamed dress");

      since = await cursorNow(db);
      await db.insert(categoryTranslations).values({ categorySlug: "sport", locale: "en", name: "Sportswear" });
      changes = await catalogChangesSince(db, since, 1000);
      expect(changes.categories.map((category) => [category.slug, category.translations.en?.name])).toEqual([["sport", "Sportswear"]]);

      since = await cursorNow(db);
      await db.update(catalogTerms).set({ label: "Wine red" }).where(and(eq(catalogTerms.kind, "colour"), eq(catalogTerms.value, "Bordeaux")));
      changes = await catalogChangesSince(db, since, 1000);
      const [withBordeaux] = await db.select({ n: sql<number>`count(distinct ${skus.productSlug})`.mapWith(Number) }).from(skus).where(eq(skus.colour, "Bordeaux"));
      expect(changes.products.length).toBe(withBordeaux!.n);
      expect(changes.products.every((product) => product.translations.en!.colours.Bordeaux === "Wine red")).toBe(true);

      since = await cursorNow(db);
      await db.delete(productTranslations).where(eq(productTranslations.productSlug, slug));
      changes = await catalogChangesSince(db, since, 1000);
      expect(changes.products.map((product) => [product.slug, product.translations.en?.name])).toEqual([[slug, changes.products[0]!.name]]);
    });
  },
);
