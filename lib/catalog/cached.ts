import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { catalogTag, categoryTag, feedPageTag, homeTag, productTag, storeTag } from "../cache/tags";
import { getDb } from "../db/client";
import type { Locale } from "../i18n/locales";
import { getStore } from "../stores/queries";
import { MAX_CACHED_LISTING_PAGE } from "./cached-paths";
import { FEED_MAX_LIMIT } from "./feed-limits";
import { feedPageGzipBase64, feedPageJson, firstSyncPage, fromGzipBase64 } from "./feed-page";
import { getCategory, getProduct, listCategories, listCategorySizeChoices, listProducts } from "./queries";
import type { ProductPage, SizeChoice, Sort } from "./types";

/**
 * The catalog data the cached pages render from (docs/scaling.md). Every entry carries the tags
 * of what it shows, so a change revalidates it and every page built on it (the listener in
 * lib/next/cache-tag-listener.ts); the time limit only bounds what a missed tag could leave.
 * Keys are bounded: the category list, slugs that exist (an unknown slug is never stored: the
 * miss throws past unstable_cache, which keeps no failure), known sorts and the first pages.
 * Search and free filters (price, several sizes) never come here. Every key names the language
 * the texts are in (docs/catalog-languages.md); a change revalidates all languages at once.
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

export function listCategoriesCached(locale: Locale) {
  return unstable_cache(async () => listCategories(await getDb(), locale), ["categories", locale], {
    tags: [catalogTag],
    revalidate: CATALOG_REVALIDATE_SECONDS,
  })();
}

export function getCategoryCached(slug: string, locale: Locale) {
  return existing(async () => getCategory(await getDb(), slug, locale), ["category", slug, locale], [catalogTag, categoryTag(slug)]);
}

export function getProductCached(slug: string, locale: Locale) {
  return existing(async () => getProduct(await getDb(), slug, locale), ["product", slug, locale], [catalogTag, productTag(slug)]);
}

export function getStoreCached(slug: string) {
  return existing(async () => getStore(await getDb(), slug), ["store", slug], [storeTag(slug)]);
}

/** Call with a category that exists (getCategoryCached first). */
export function listCategorySizesCached(slug: string, locale: Locale): Promise<SizeChoice[]> {
  return unstable_cache(async () => listCategorySizeChoices(await getDb(), slug, locale), ["category-sizes", slug, locale], {
    tags: [catalogTag, categoryTag(slug)],
    revalidate: CATALOG_REVALIDATE_SECONDS,
  })();
}

/** A page of a category with a known sort: call with a category that exists and page ≤ MAX_CACHED_LISTING_PAGE. */
export function listCategoryPageCached(slug: string, sort: Sort, page: number, locale: Locale): Promise<ProductPage> {
  if (page > MAX_CACHED_LISTING_PAGE) throw new RangeError(`listing page ${page} is not cached`);
  return unstable_cache(
    async () => listProducts(await getDb(), { category: slug, sort, page, limit: LISTING_PAGE_SIZE }, locale),
    ["category-page", slug, sort, String(page), locale],
    { tags: [catalogTag, categoryTag(slug)], revalidate: CATALOG_REVALIDATE_SECONDS },
  )();
}

export function newestProductsCached(locale: Locale) {
  return unstable_cache(async () => listProducts(await getDb(), { sort: "newest", page: 1, limit: 8 }, locale), ["home-newest", locale], {
    tags: [catalogTag, homeTag],
    revalidate: CATALOG_REVALIDATE_SECONDS,
  })();
}

/**
 * A page of the offline mirror's feed, as the JSON /api/catalog sends (docs/offline.md, "Feed
 * pages from the cache"). The pages every first sync asks for are kept, gzip-compressed, under
 * their position in that sync (at most catalog size ÷ 1000 + 1 keys), with the fingerprint of
 * what they hold; an entry whose fingerprint is not the catalog's current one is never served:
 * the page is answered afresh and the entry expired, so the next request stores the new page.
 * Only pages of FEED_MAX_LIMIT products (the mirror's) are kept; any other cursor or page size
 * is answered afresh, never stored.
 */
export async function catalogFeedPageCached(since: number, limit: number): Promise<string> {
  const db = await getDb();
  const page = limit === FEED_MAX_LIMIT ? await firstSyncPage(db, since, limit) : null;
  if (!page) return feedPageJson(db, since, limit);
  const tag = feedPageTag(page.position);
  const cached = await unstable_cache(
    async () => ({ fingerprint: page.fingerprint, gzip: await feedPageGzipBase64(await getDb(), since, limit) }),
    ["catalog-feed", String(limit), String(page.position)],
    { tags: [catalogTag, tag], revalidate: CATALOG_REVALIDATE_SECONDS },
  )();
  if (cached.fingerprint === page.fingerprint) return fromGzipBase64(cached.gzip);
  revalidateTag(tag, { expire: 0 });
  return feedPageJson(db, since, limit);
}
