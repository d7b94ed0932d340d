import type { FeedCategory, FeedProduct, Product, Sku } from "../catalog/types";
import type { MirrorProduct, MirrorSearchEntry } from "./db";

/**
 * Pure rules of the catalog mirror (no IndexedDB): checking a feed page from `/api/catalog`
 * and turning it into the writes that apply it. Unit-tested; lib/offline/mirror.ts runs them.
 */

export interface FeedPage {
  cursor: string;
  products: FeedProduct[];
  categories: FeedCategory[];
  deleted: string[];
  hasMore: boolean;
}

export interface MirrorWrites {
  putProducts: MirrorProduct[];
  deleteProducts: string[];
  putCategories: FeedCategory[];
  cursor: string;
}

/** The server's search words travel with the product (docs/search.md): offline search matches the same words. */
export function toMirrorProduct({ search, ...product }: FeedProduct): MirrorProduct {
  return {
    ...product,
    searchText: search.text,
    searchNameWords: search.nameWords,
    skuCodes: product.skus.map((sku) => sku.sku),
  };
}

export function toSearchEntry(product: MirrorProduct): MirrorSearchEntry {
  return {
    slug: product.slug,
    name: product.name,
    names: Object.fromEntries(Object.entries(product.translations).map(([locale, text]) => [locale, text.name])),
    brand: product.brand,
    priceCents: product.priceCents,
    image: product.images[0] ?? null,
    searchText: product.searchText,
    nameWordCount: product.searchNameWords,
  };
}

/** A stored search card that is not what toSearchEntry made (corruption) means the mirror is rebuilt. */
export function isSearchEntry(value: unknown): value is MirrorSearchEntry {
  return (
    isObject(value) &&
    typeof value.slug === "string" &&
    typeof value.name === "string" &&
    isStringRecord(value.names) &&
    typeof value.brand === "string" &&
    Number.isInteger(value.priceCents) &&
    (value.image === null || typeof value.image === "string") &&
    typeof value.searchText === "string" &&
    Number.isInteger(value.nameWordCount)
  );
}

/**
 * The writes for one page. A product present in `deleted` is deleted even if listed too; a
 * product that moved category is simply replaced (one record per slug), so the old category's
 * listing cannot keep showing it. The cursor only moves forward.
 */
export function planFeedPage(page: FeedPage, currentCursor: string): MirrorWrites {
  const deleted = new Set(page.deleted);
  return {
    putProducts: page.products.filter((product) => !deleted.has(product.slug)).map(toMirrorProduct),
    deleteProducts: [...deleted],
    putCategories: page.categories,
    cursor: Number(page.cursor) > Number(currentCursor) ? page.cursor : currentCursor,
  };
}

/** Checks a feed page's shape, so a broken or foreign answer never reaches the mirror. */
export function parseFeedPage(value: unknown): FeedPage | null {
  if (!isObject(value)) return null;
  const { cursor, products, categories, deleted, hasMore } = value;
  if (typeof cursor !== "string" || !/^\d{1,15}$/.test(cursor)) return null;
  if (!Array.isArray(products) || !products.every(isFeedProduct)) return null;
  if (!Array.isArray(categories) || !categories.every(isCategory)) return null;
  if (!Array.isArray(deleted) || !deleted.every((slug) => typeof slug === "string")) return null;
  return { cursor, products, categories, deleted, hasMore: hasMore === true };
}

/** A stored record that is not a product (older schema, corruption) means the mirror is rebuilt. */
export function isMirrorProduct(value: unknown): value is MirrorProduct {
  const extra = value as { searchText?: unknown; searchNameWords?: unknown; skuCodes?: unknown; translations?: unknown };
  return (
    isProduct(value) &&
    typeof extra.searchText === "string" &&
    Number.isInteger(extra.searchNameWords) &&
    Array.isArray(extra.skuCodes) &&
    isProductTranslations(extra.translations)
  );
}

function isFeedProduct(value: unknown): value is FeedProduct {
  const { search, translations } = value as { search?: unknown; translations?: unknown };
  return isProduct(value) && isObject(search) && typeof search.text === "string" && Number.isInteger(search.nameWords) && isProductTranslations(translations);
}

/** `{ en: { name, description, colours: {value: label}, sizes: {value: label} } }` */
function isProductTranslations(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.values(value).every(
      (text) =>
        isObject(text) &&
        typeof text.name === "string" &&
        typeof text.description === "string" &&
        isStringRecord(text.colours) &&
        isStringRecord(text.sizes),
    )
  );
}

/** An object whose values are all strings. */
function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((text) => typeof text === "string");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isProduct(value: unknown): value is Product {
  return (
    isObject(value) &&
    typeof value.slug === "string" &&
    typeof value.name === "string" &&
    typeof value.description === "string" &&
    typeof value.category === "string" &&
    typeof value.brand === "string" &&
    Array.isArray(value.images) &&
    value.images.every((image) => typeof image === "string") &&
    Number.isInteger(value.priceCents) &&
    Array.isArray(value.skus) &&
    value.skus.every(isSku)
  );
}

function isSku(value: unknown): value is Sku {
  return (
    isObject(value) &&
    typeof value.sku === "string" &&
    typeof value.label === "string" &&
    Number.isInteger(value.priceCents) &&
    Number.isInteger(value.onlineStock) &&
    Number.isInteger(value.storeStock)
  );
}

function isCategory(value: unknown): value is FeedCategory {
  return (
    isObject(value) &&
    typeof value.slug === "string" &&
    typeof value.name === "string" &&
    (value.parent === undefined || value.parent === null || typeof value.parent === "string") &&
    isObject(value.translations) &&
    Object.values(value.translations).every((text) => isObject(text) && typeof text.name === "string")
  );
}
