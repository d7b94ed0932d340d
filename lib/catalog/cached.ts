import "server-only";
import { unstable_cache } from "next/cache";
import { catalogTag, categoryTag, homeTag, productTag, storeTag } from "../cache/tags";
import { getDb } from "../db/client";
import { getStore } from "../stores/queries";
import { MAX_CACHED_LISTING_PAGE } from "./cached-paths";
import { getCategory, getProduct, listCategories, listCategorySizes, listProducts } from "./queries";
import type { ProductPage, Sort } from "./types";

/**
 * The catalog data the cached pages render from (docs/scaling.md). Every entry carries the tags
 * of what it shows, so a change revalidates it and every page built on it (the listener in
 * lib/next/cache-tag-listener.ts); the time limit only bounds what a missed tag could leave.
 * Keys are bounded: the category list, slugs that exist (an unknown slug is never stored: the
 * miss throws past unstable_cache, which keeps no failure), known sorts and the first pages.
 * Search and free filters (price, several sizes) never come here.
 */
export const CATALOG_REVALIDATE_SECONDS = 300;
export const LISTING_PAGE_SIZE = 24;

class Missing extends Error {}

/** A cached read whose "not found" answer is not cached, so made-up slugs never become keys. */
async function existing<T>(read: () => Promise<T | null>, key: string[], tags: string[]): Promise<T | null> {
  const cached = unstable_cache(
    async () => {
      const found = await read();
      if (found === null) throw new Missing();
      return found;
    },
    key,
    { tags, revalidate: CATALOG_REVALIDATE_SECONDS },
  );
  try {
    return await cached();
  } catch (error) {
    if (error instanceof Missing) return null;
    throw error;
  }
}

export const listCategoriesCached = unstable_cache(async () => listCategories(await getDb()), ["categories"], {
  tags: [catalogTag],
  revalidate: CATALOG_REVALIDATE_SECONDS,
});

export function getCategoryCached(slug: string) {
  return existing(async () => getCategory(await getDb(), slug), ["category", slug], [catalogTag, categoryTag(slug)]);
}

export function getProductCached(slug: string) {
  return existing(async () => getProduct(await getDb(), slug), ["product", slug], [catalogTag, productTag(slug)]);
}

export function getStoreCached(slug: string) {
  return existing(async () => getStore(await getDb(), slug), ["store", slug], [storeTag(slug)]);
}

/** Call with a category that exists (getCategoryCached first). */
export function listCategorySizesCached(slug: string): Promise<string[]> {
  return unstable_cache(async () => listCategorySizes(await getDb(), slug), ["category-sizes", slug], {
    tags: [catalogTag, categoryTag(slug)],
    revalidate: CATALOG_REVALIDATE_SECONDS,
  })();
}

/** A page of a category with a known sort: call with a category that exists and page ≤ MAX_CACHED_LISTING_PAGE. */
export function listCategoryPageCached(slug: string, sort: Sort, page: number): Promise<ProductPage> {
  if (page > MAX_CACHED_LISTING_PAGE) throw new RangeError(`listing page ${page} is not cached`);
  return unstable_cache(
    async () => listProducts(await getDb(), { category: slug, sort, page, limit: LISTING_PAGE_SIZE }),
    ["category-page", slug, sort, String(page)],
    { tags: [catalogTag, categoryTag(slug)], revalidate: CATALOG_REVALIDATE_SECONDS },
  )();
}

export const newestProductsCached = unstable_cache(async () => listProducts(await getDb(), { sort: "newest", page: 1, limit: 8 }), ["home-newest"], {
  tags: [catalogTag, homeTag],
  revalidate: CATALOG_REVALIDATE_SECONDS,
});
