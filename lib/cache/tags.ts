import { sql } from "drizzle-orm";
import type { Db } from "../db/client";

/**
 * Cache tags of the catalog pages (docs/scaling.md). Whatever changes the catalog or flips a
 * SKU's "sold out online" publishes the tags it touched on CACHE_TAGS_CHANNEL; every server
 * instance listens and revalidates them, so one change reaches the cache of every instance,
 * including changes made outside any server (the import command, psql).
 */
export const CACHE_TAGS_CHANNEL = "cache_tags";

export const catalogTag = "catalog"; // navigation: category tree, home, listings
export const homeTag = "home"; // the home page's newest products
export const productTag = (slug: string) => `product:${slug}`;
export const categoryTag = (slug: string) => `category:${slug}`;
export const storeTag = (slug: string) => `store:${slug}`;
/** One page of a first mirror sync, by its position (lib/catalog/feed-page.ts). */
export const feedPageTag = (position: number) => `catalog-feed:${position}`;

/** PostgreSQL caps a NOTIFY payload at 8000 bytes: larger sets go out in several messages. */
const MAX_PAYLOAD = 7000;

export function chunkTags(tags: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 2;
  for (const tag of new Set(tags)) {
    const cost = JSON.stringify(tag).length + 1;
    if (current.length > 0 && size + cost > MAX_PAYLOAD) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(tag);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Announces tags to every instance. Call it after the change has committed. */
export async function publishCacheTags(db: Db, tags: readonly string[]): Promise<void> {
  for (const chunk of chunkTags(tags)) {
    await db.execute(sql`select pg_notify(${CACHE_TAGS_CHANNEL}, ${JSON.stringify(chunk)})`);
  }
}
