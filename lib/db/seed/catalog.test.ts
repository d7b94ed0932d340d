import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isValidGtin } from "@/lib/catalog/gtin";
import { drawingFor } from "@/lib/catalog/images";
import { DEMO_PRODUCT_COUNT, generateCatalog, slugify } from "./catalog";
import { STORES } from "./stores";

const demo = generateCatalog();
const demoSkus = demo.products.flatMap((product) => product.skus);
const share = (predicate: (sku: (typeof demoSkus)[number]) => boolean) => demoSkus.filter(predicate).length / demoSkus.length;
const storeUnits = (sku: (typeof demoSkus)[number]) => Object.values(sku.stock.stores).reduce((sum, n) => sum + n, 0);
const storeSlugs = new Set(STORES.map((store) => store.slug));
const lyonArea = new Set(STORES.filter((store) => store.postcode.startsWith("69")).map((store) => store.slug));

describe("generateCatalog", () => {
  it("is deterministic", () => {
    expect(generateCatalog()).toEqual(demo);
    expect(generateCatalog({ seed: 7 }).products[0]).not.toEqual(demo.products[0]);
  });

  it("has the demo's size: 8+ French categories of about 30 products", () => {
    expect(demo.products).toHaveLength(DEMO_PRODUCT_COUNT);
    expect(demo.categories.length).toBeGreaterThanOrEqual(8);
    for (const category of demo.categories) {
      expect(demo.products.filter((p) => p.categorySlug === category.slug).length).toBeGreaterThanOrEqual(30);
    }
  });

  it("gives unique URL-safe slugs and unique upper-case SKU codes", () => {
    const slugs = demo.products.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const codes = demoSkus.map((s) => s.sku);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^VIT-\d{6}-[A-Z0-9]+-[A-Z]+(-[A-Z]+)*$/);
    const gtins = demoSkus.map((s) => s.gtin);
    expect(new Set(gtins).size).toBe(gtins.length);
    for (const gtin of gtins) expect(isValidGtin(gtin) && gtin.length === 13).toBe(true);
  });

  it("builds shop-like products", () => {
    for (const product of demo.products) {
      expect(product.skus.length).toBeGreaterThanOrEqual(1);
      expect(product.skus.length).toBeLessThanOrEqual(6);
      expect(product.priceCents).toBe(Math.min(...product.skus.map((s) => s.priceCents)));
      for (const sku of product.skus) expect(sku.priceCents % 100 === 0 || sku.priceCents % 100 === 90).toBe(true);
      expect(product.images.length).toBeGreaterThanOrEqual(1);
      expect(product.images.length).toBeLessThanOrEqual(4);
      // A picture per colour, so the product page can show the chosen one.
      expect(product.images.length).toBeGreaterThanOrEqual(new Set(product.skus.map((s) => s.colour)).size);
      expect(product.images[0]).toBe(`${product.slug}-1`);
      expect(product.description.split(/(?<=\.) /).length).toBeGreaterThanOrEqual(2);
      // The product noun starting the slug picks the picture, not the category fallback.
      expect(drawingFor(product.slug, "unknown")).not.toBe("hanger");
    }
    expect(demo.products.some((p) => new Set(p.skus.map((s) => s.priceCents)).size > 1)).toBe(true);
    expect(demo.products.some((p) => p.skus.length === 1)).toBe(true);
    expect(demo.products.some((p) => p.skus.length === 6)).toBe(true);
  });

  it("sizes dresses and skirts in one system, so the category's size filter does not mix XS–XL with 34–44", () => {
    const dressSizes = new Set(demo.products.filter((p) => p.categorySlug === "robes").flatMap((p) => p.skus.map((s) => s.size)));
    expect([...dressSizes].every((size) => /^X{0,2}[SML]$|^XS$|^XXL$|^XL$/.test(size))).toBe(true);
    const shoeSizes = demo.products.filter((p) => p.categorySlug === "chaussures").flatMap((p) => p.skus.map((s) => Number(s.size)));
    expect(Math.min(...shoeSizes)).toBeGreaterThanOrEqual(36);
    expect(Math.max(...shoeSizes)).toBeLessThanOrEqual(46);
  });

  it("spreads stock over every availability situation", () => {
    const soldOutOnlineInStore = share((s) => s.stock.online === 0 && storeUnits(s) > 0);
    const soldOutEverywhere = share((s) => s.stock.online === 0 && storeUnits(s) === 0);
    const lastUnitsOnline = share((s) => s.stock.online >= 1 && s.stock.online <= 2);
    expect(soldOutOnlineInStore).toBeGreaterThanOrEqual(0.12);
    expect(soldOutEverywhere).toBeGreaterThanOrEqual(0.03);
    expect(lastUnitsOnline).toBeGreaterThanOrEqual(0.03);
    for (const sku of demoSkus) {
      expect(sku.stock.online).toBeLessThanOrEqual(40);
      for (const [store, units] of Object.entries(sku.stock.stores)) {
        expect(storeSlugs.has(store)).toBe(true);
        expect(units).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("keeps many online-sold-out SKUs in stock around Lyon", () => {
    const inLyon = demoSkus.filter(
      (s) => s.stock.online === 0 && Object.entries(s.stock.stores).some(([store, units]) => lyonArea.has(store) && units > 0),
    );
    expect(inLyon.length).toBeGreaterThanOrEqual(20);
  });

  it("scales to benchmark size with unique slugs, starting with the demo's products", () => {
    const big = generateCatalog({ products: 100_000 });
    expect(new Set(big.products.map((p) => p.slug)).size).toBe(100_000);
    expect(big.products.slice(0, DEMO_PRODUCT_COUNT)).toEqual(demo.products);
  });
});

describe("the demo catalog in English", () => {
  it("leaves every French field as it was before English was added (same random draws)", () => {
    // SHA-256 of the French catalog of 3,000 products as generated before the English text: names,
    // slugs, SKU codes, GTINs, prices and stock that other tests and helpers rely on. Descriptions
    // have since taken the typographic apostrophe (docs/conventions.md): folded back for the hash.
    const { categories, products } = generateCatalog({ products: 3000 });
    const french = {
      categories: categories.map(({ slug, name, position }) => ({ slug, name, position })),
      products: products.map(({ slug, name, description, categorySlug, brand, images, priceCents, createdAt, skus }) => ({
        slug,
        name,
        description: description.replaceAll("’", "'"),
        categorySlug,
        brand,
        images,
        priceCents,
        createdAt,
        skus: skus.map(({ sku, label, size, colour, priceCents: cents, position, gtin, stock }) => ({ sku, label, size, colour, priceCents: cents, position, gtin, stock })),
      })),
    };
    expect(createHash("sha256").update(JSON.stringify(french)).digest("hex")).toBe("5b803f1063a3474fac1da754c58075967c0fa9f54aad865412326732a9129038");
  });

  it("names each product in English from the same picks: '<style> <noun> in <material>'", () => {
    expect(demo.products[0]!.name).toBe("Robe chemise en coton bio");
    expect(demo.products[0]!.en.name).toBe("Shirt dress in organic cotton");
    expect(demo.products.slice(1, 4).map((product) => product.en.name)).toEqual(["Checked shirt in organic cotton", "Ribbed sweater in wool and alpaca", "Wide-leg trousers in crepe"]);
    for (const product of demo.products) {
      expect(product.en.name).toMatch(/^[A-Z0-9][^ ]*( [^ ]+)* in [a-z]+( [a-z]+)*$/);
      expect(product.en.name).not.toMatch(/undefined/);
      // As many sentences as the French description: the same opener, material and closer.
      expect(product.en.description.split(/(?<=\.) /).length).toBe(product.description.split(/(?<=\.) /).length);
      if (product.description.includes(product.brand)) expect(product.en.description).toContain(product.brand);
    }
    expect(generateCatalog().products.map((product) => product.en)).toEqual(demo.products.map((product) => product.en));
  });

  it("names the categories and labels colours and sizes where English differs", () => {
    expect(demo.categories.find((category) => category.slug === "robes")!.nameEn).toBe("Dresses & skirts");
    expect(demo.termsEn).toContainEqual({ kind: "colour", value: "Bordeaux", label: "Burgundy" });
    expect(demo.termsEn).toContainEqual({ kind: "colour", value: "Vert sauge", label: "Sage green" });
    expect(demo.termsEn).toContainEqual({ kind: "size", value: "Taille unique", label: "One size" });
    expect(demo.termsEn).toContainEqual({ kind: "size", value: "4 ans", label: "Age 4" });
    // Every colour sold has a label but those that read the same (Beige, Camel, Indigo, Terracotta).
    const colours = new Set(demoSkus.map((sku) => sku.colour).filter((colour) => !["Beige", "Camel", "Indigo", "Terracotta"].includes(colour)));
    expect(new Set(demo.termsEn.filter((term) => term.kind === "colour").map((term) => term.value))).toEqual(colours);
    expect(demo.termsEn.every((term) => term.label && term.label !== term.value)).toBe(true);
  });
});

describe("slugify", () => {
  it("makes ascii URL segments from French text", () => {
    expect(slugify("Écharpe à franges en laine et alpaga")).toBe("echarpe-a-franges-en-laine-et-alpaga");
    expect(slugify("Ballerines à nœud")).toBe("ballerines-a-noeud");
    expect(slugify("  T-shirt 7/8 ")).toBe("t-shirt-7-8");
  });
});
