import { FEED_MAX_LIMIT } from "../catalog/feed-limits";
import { isQuotaError, MIRROR_CURSOR_KEY, MIRROR_SEARCH_KEY, MIRROR_SYNCED_AT_KEY, openVitrineDb, type MirrorSearchEntry, type VitrineDb } from "./db";
import { isMirrorProduct, parseFeedPage, planFeedPage, toSearchEntry, type FeedPage } from "./mirror-apply";
import { indexedCursor, readSearchEntries, writeSearchIndex } from "./search-store";

/**
 * The catalog mirror's sync itself (docs/offline.md, "Catalog mirror"): feed pages from
 * `/api/catalog` into IndexedDB. No DOM: the page runs it in a dedicated worker
 * (lib/offline/mirror.worker.ts) so that parsing and storing a big catalog never blocks a tap;
 * lib/offline/mirror.ts falls back to running it in the page where no worker can start.
 */

const PAGE_SIZE = FEED_MAX_LIMIT;
const MIRROR_STORES = ["products", "categories", "meta", "searchEntries", "searchWords"] as const;

export type MirrorSyncResult =
  | { status: "synced"; cursor: string; products: number; pages: number }
  | { status: "offline" | "unavailable" | "failed" | "full"; reason: string };

/** Brings the mirror up to date from its stored cursor, in whatever thread calls it. Never throws. */
export async function runMirrorSync(fetchPage: typeof fetch = fetch): Promise<MirrorSyncResult> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return { status: "unavailable", reason: opened.reason };
  const db = opened.db;
  let cursor = await readCursor(db);
  let products = 0;
  let pages = 0;
  let next = fetchFeedPage(fetchPage, cursor);
  const start = cursor;
  const indexed = await indexedCursor(db);
  // The search entries, kept in step with the products page by page and indexed whole with the
  // last page. Read only once needed: the sync of a returning visit usually brings no product.
  let searchEntries: Map<string, MirrorSearchEntry> | undefined;
  const entriesAtStart = async () => new Map((start === "0" ? [] : await currentSearchEntries(db, start, indexed)).map((entry) => [entry.slug, entry]));
  for (;;) {
    const fetched = await next;
    if ("status" in fetched) return fetched;
    const page = fetched.page;
    const writes = planFeedPage(page, cursor);
    // The next page downloads while this one is written.
    if (page.hasMore) next = fetchFeedPage(fetchPage, writes.cursor);
    const changesProducts = writes.deleteProducts.length > 0 || writes.putProducts.length > 0;
    // An index behind the products at the start is rebuilt at the end, whatever this sync brings.
    const rebuildsLaggingIndex = !page.hasMore && indexed !== start && indexed !== writes.cursor;
    if (!searchEntries && (changesProducts || rebuildsLaggingIndex)) searchEntries = await entriesAtStart();
    for (const slug of writes.deleteProducts) searchEntries?.delete(slug);
    for (const product of writes.putProducts) searchEntries?.set(product.slug, toSearchEntry(product));
    try {
      // One transaction per page: the cursor never runs ahead of the products it stands for.
      const tx = db.transaction(MIRROR_STORES, "readwrite");
      const productStore = tx.objectStore("products");
      const categoryStore = tx.objectStore("categories");
      const meta = tx.objectStore("meta");
      await Promise.all([
        ...writes.deleteProducts.map((slug) => productStore.delete(slug)),
        ...writes.putProducts.map((product) => productStore.put(product)),
        ...writes.putCategories.map((category) => categoryStore.put(category)),
        meta.put(writes.cursor, MIRROR_CURSOR_KEY),
        // Synced, and searchable at this cursor, once the last page is in.
        ...(page.hasMore ? [] : [meta.put(new Date().toISOString(), MIRROR_SYNCED_AT_KEY)]),
        // The index with the last page: rewritten if products changed, else (still right) moved to the new cursor.
        ...(page.hasMore || indexed === writes.cursor
          ? []
          : searchEntries
            ? writeSearchIndex(tx, searchEntries.values(), writes.cursor)
            : [meta.put(writes.cursor, MIRROR_SEARCH_KEY)]),
        tx.done,
      ]);
    } catch (error) {
      if (isQuotaError(error)) {
        // A partial mirror would answer "not found" for products it lacks: drop it, say why.
        await clearMirrorStores();
        return { status: "full", reason: "storage quota exceeded" };
      }
      return { status: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
    cursor = writes.cursor;
    products += writes.putProducts.length;
    pages += 1;
    if (!page.hasMore) break;
  }
  return { status: "synced", cursor, products, pages };
}

/** One page of the feed, checked; or why there is none (never throws). */
async function fetchFeedPage(fetchPage: typeof fetch, since: string): Promise<{ page: FeedPage } | Extract<MirrorSyncResult, { reason: string }>> {
  let body: unknown;
  try {
    const response = await fetchPage(`/api/catalog?since=${since}&limit=${PAGE_SIZE}`, { cache: "no-store" });
    if (!response.ok) return { status: "failed", reason: `feed answered ${response.status}` };
    body = await response.json();
  } catch (error) {
    return { status: "offline", reason: error instanceof Error ? error.message : String(error) };
  }
  const page = parseFeedPage(body);
  return page ? { page } : { status: "failed", reason: "the feed sent something that is not a catalog page" };
}

/**
 * The search entries at `cursor`: the search index's cards when it stands for that cursor, or
 * (after a sync cut short, which left it behind the products) made from the products themselves.
 */
async function currentSearchEntries(db: VitrineDb, cursor: string, indexed: string | undefined): Promise<MirrorSearchEntry[]> {
  if (indexed === cursor) {
    const cards = await readSearchEntries(db);
    if (cards) return cards;
  }
  return searchEntriesFromProducts(db);
}

/** Every product's search entry, read from the products themselves: the slow way (300 ms at 10,000 in Chromium). */
export async function searchEntriesFromProducts(db: VitrineDb): Promise<MirrorSearchEntry[]> {
  return (await db.getAll("products")).filter(isMirrorProduct).map(toSearchEntry);
}

export async function readCursor(db: VitrineDb): Promise<string> {
  const value = await db.get("meta", MIRROR_CURSOR_KEY);
  return typeof value === "string" && /^\d{1,15}$/.test(value) ? value : "0";
}

/** Empties the mirror's stores (the next sync refills them from the start). */
export async function clearMirrorStores(): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  try {
    const tx = opened.db.transaction(MIRROR_STORES, "readwrite");
    await Promise.all([
      tx.objectStore("products").clear(),
      tx.objectStore("categories").clear(),
      tx.objectStore("meta").delete(MIRROR_CURSOR_KEY),
      tx.objectStore("meta").delete(MIRROR_SYNCED_AT_KEY),
      tx.objectStore("meta").delete(MIRROR_SEARCH_KEY),
      tx.objectStore("searchEntries").clear(),
      tx.objectStore("searchWords").clear(),
      tx.done,
    ]);
  } catch {
    // Nothing more to do: reads will keep finding nothing usable and say so.
  }
}

