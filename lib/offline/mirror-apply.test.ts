import { describe, expect, it } from "vitest";
import type { FeedProduct } from "../catalog/types";
import { isMirrorProduct, isSearchEntry, parseFeedPage, planFeedPage, toMirrorProduct, toSearchEntry } from "./mirror-apply";

const product = (slug: string, category: string, name = "Chemise Élégante"): FeedProduct => ({
  slug,
  name,
  description: "…",
  category,
  brand: "Atelier",
  images: [`/images/products/${slug}-1-960.webp`],
  priceCents: 4990,
  currency: "EUR",
  skus: [{ sku: `${slug}-m`, label: "M", size: "M", colour: null, priceCents: 4990, onlineStock: 3, storeStock: 5 }],
  search: { text: `chemise elegant atelier ${category}`, nameWords: 2 },
  translations: { en: { name: "Elegant shirt", description: "…", colours: {}, sizes: {} } },
});

describe("planFeedPage", () => {
  it("puts products with the server's search words", () => {
    const writes = planFeedPage({ cursor: "12", products: [product("a", "chemises")], categories: [{ slug: "chemises", name: "Chemises", translations: {} }], deleted: [], hasMore: false }, "3");
    expect(writes.putProducts[0]).toMatchObject({ slug: "a", category: "chemises", searchText: "chemise elegant atelier chemises", searchNameWords: 2, skuCodes: ["a-m"] });
    expect(writes.putProducts[0]).not.toHaveProperty("search");
    expect(writes.putCategories).toEqual([{ slug: "chemises", name: "Chemises", translations: {} }]);
    expect(writes.cursor).toBe("12");
  });

  it("deletes what the feed deleted, even if it lists it too", () => {
    const writes = planFeedPage({ cursor: "9", products: [product("a", "x"), product("b", "x")], categories: [], deleted: ["a", "c"], hasMore: true }, "1");
    expect(writes.putProducts.map((p) => p.slug)).toEqual(["b"]);
    expect(writes.deleteProducts).toEqual(["a", "c"]);
  });

  it("never moves the cursor back", () => {
    expect(planFeedPage({ cursor: "2", products: [], categories: [], deleted: [], hasMore: false }, "10").cursor).toBe("10");
  });
});

describe("parseFeedPage", () => {
  const page = { cursor: "7", products: [product("a", "x")], categories: [{ slug: "x", name: "X", translations: { en: { name: "Ex" } } }], deleted: [], hasMore: false };

  it("accepts the feed's shape", () => {
    expect(parseFeedPage(page)).toEqual(page);
  });

  it("rejects anything else", () => {
    expect(parseFeedPage(null)).toBeNull();
    expect(parseFeedPage({ ...page, cursor: "-1" })).toBeNull();
    expect(parseFeedPage({ ...page, products: [{ slug: "a" }] })).toBeNull();
    // A product without its search words (an older server) is not mirrored half-searchable.
    expect(parseFeedPage({ ...page, products: [{ ...product("a", "x"), search: undefined }] })).toBeNull();
    // Nor one without its translations (an older server): the English pages would read French.
    expect(parseFeedPage({ ...page, products: [{ ...product("a", "x"), translations: undefined }] })).toBeNull();
    expect(parseFeedPage({ ...page, products: [{ ...product("a", "x"), translations: { en: { name: "A" } } }] })).toBeNull();
    expect(parseFeedPage({ ...page, categories: [{ slug: "x", name: "X" }] })).toBeNull();
    expect(parseFeedPage({ error: { code: "bad_request" } })).toBeNull();
  });
});

describe("isMirrorProduct", () => {
  it("tells a stored product from a corrupted record", () => {
    expect(isMirrorProduct(toMirrorProduct(product("a", "x")))).toBe(true);
    expect(isMirrorProduct(product("a", "x"))).toBe(false);
    // Stored by an older version, without the name's word count: rebuilt.
    expect(isMirrorProduct({ ...product("a", "x"), searchText: "a", skuCodes: ["a-m"] })).toBe(false);
    // Stored before translations travelled with products: rebuilt.
    expect(isMirrorProduct({ ...toMirrorProduct(product("a", "x")), translations: undefined })).toBe(false);
    expect(isMirrorProduct("garbage")).toBe(false);
  });
});

describe("toSearchEntry", () => {
  it("keeps what a search result shows and where the name's words end", () => {
    const entry = toSearchEntry(toMirrorProduct(product("a", "chemises", "T-shirt Élégant")));
    expect(entry).toEqual({
      slug: "a",
      name: "T-shirt Élégant",
      names: { en: "Elegant shirt" },
      brand: "Atelier",
      priceCents: 4990,
      image: "/images/products/a-1-960.webp",
      searchText: "chemise elegant atelier chemises",
      nameWordCount: 2,
    });
  });
});

describe("search cards", () => {
  it("accepts what toSearchEntry makes and refuses anything else", () => {
    const card = toSearchEntry(toMirrorProduct(product("a", "chemises")));
    expect(isSearchEntry(card)).toBe(true);
    expect(isSearchEntry({ ...card, image: null })).toBe(true);
    expect(isSearchEntry({ ...card, priceCents: "49,90" })).toBe(false);
    expect(isSearchEntry({ ...card, names: { en: 3 } })).toBe(false);
    expect(isSearchEntry(undefined)).toBe(false);
  });
});
