import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "../db/client";
import { getCategory, listCategories, listCategorySizes, listProducts } from "./queries";
import type { ProductQuery } from "./types";

/**
 * "Display cached, checkout live" (docs/architecture.md): navigation data shared by every shopper is
 * served from Next's data cache for a minute (a catalog edit shows within that minute; no staff
 * catalog editor exists yet to call `revalidateTag(CATALOG_TAG)` sooner). Product pages and anything with stock a shopper acts on read live.
 */
export const CATALOG_TAG = "catalog";
const options = { tags: [CATALOG_TAG], revalidate: 60 };

export const listCategoriesCached = unstable_cache(async () => listCategories(await getDb()), ["categories"], options);

export const getCategoryCached = unstable_cache(async (slug: string) => getCategory(await getDb(), slug), ["category"], options);

export const listCategorySizesCached = unstable_cache(
  async (slug: string) => listCategorySizes(await getDb(), slug),
  ["category-sizes"],
  options,
);

export const listProductsCached = unstable_cache(
  async (query: ProductQuery) => listProducts(await getDb(), query),
  ["products"],
  options,
);
