import { listProducts } from "../catalog/queries";
import type { Category } from "../catalog/types";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/locales";
import { matchCategories, SUGGESTED_CATEGORIES, SUGGESTED_PRODUCTS, type Suggestions } from "./suggest";

/** The server's suggestions: the first products of a search, and the matching categories. */
export async function suggest(db: Db, categories: readonly Category[], q: string, locale: Locale): Promise<Suggestions> {
  const { items } = await listProducts(db, { q, page: 1, limit: SUGGESTED_PRODUCTS }, locale);
  return {
    products: items.map(({ slug, name, priceCents }) => ({ slug, name, priceCents })),
    categories: matchCategories(categories, q, SUGGESTED_CATEGORIES),
  };
}
