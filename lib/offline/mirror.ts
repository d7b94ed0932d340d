import type { Category } from "../catalog/types";
import { isQuotaError, MIRROR_CURSOR_KEY, MIRROR_SEARCH_KEY, MIRROR_SYNCED_AT_KEY, openVitrineDb, type MirrorProduct, type MirrorSearchEntry, type VitrineDb } from "./db";
import { decodeSearchSnapshot, encodeSearchSnapshot, isMirrorProduct, parseFeedPage, planFeedPage, toSearchEntry, type FeedPage } from "./mirror-apply";
import { buildSearchIndex, searchIndex, type SearchIndex } from "./search";
import { singleFlight } from "./single-flight";

/**
 * The catalog mirror in IndexedDB (docs/offline.md#catalog-mirror-mirrorts-mirror-applyts): filled from `/api/catalog` in idle time after
 * the first visit, then brought up to date with `?since=<cursor>`. The catalog shell renders
 * product, category and search pages from it when the network is gone.
 */

const PAGE_SIZE = 1000;
const MIRROR_STORES = ["products", "categories", "meta"] as const;

export type MirrorSyncResult =
  | { status: "synced"; cursor: string; products: number; pages: number }
  | { status: "offline" | "unavailable" | "failed" | "full"; reason: string };

/** Brings the mirror up to date; concurrent callers share one run. Never throws. */
export const syncMirror = singleFlight(runSync);

async function runSync(fetchPage: typeof fetch = fetch): Promise<MirrorSyncResult> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return { status: "unavailable", reason: opened.reason };
  const db = opened.db;
  let cursor = await readCursor(db);
  let products = 0;
  let pages = 0;
  const categoryNames = new Map((await db.getAll("categories")).map((category) => [category.slug, category.name]));
  let next = fetchFeedPage(fetchPage, cursor);
  // Kept in step with the products, page by page; stored whole with the last page.
  const searchEntries = new Map((cursor === "0" ? [] : await currentSearchEntries(db, cursor)).map((entry) => [entry.slug, entry]));
  for (;;) {
    const fetched = await next;
    if ("status" in fetched) return fetched;
    const page = fetched.page;
    const writes = planFeedPage(page, cursor, categoryNames);
    for (const category of writes.putCategories) categoryNames.set(category.slug, category.name);
    // The next page downloads while this one is written.
    if (page.hasMore) next = fetchFeedPage(fetchPage, writes.cursor);
    for (const slug of writes.deleteProducts) searchEntries.delete(slug);
    for (const product of writes.putProducts) searchEntries.set(product.slug, toSearchEntry(product));
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
        ...(page.hasMore
          ? []
          : [meta.put(encodeSearchSnapshot(writes.cursor, searchEntries.values()), MIRROR_SEARCH_KEY), meta.put(new Date().toISOString(), MIRROR_SYNCED_AT_KEY)]),
        tx.done,
      ]);
    } catch (error) {
      if (isQuotaError(error)) {
        // A partial mirror would answer "not found" for products it lacks: drop it, say why.
        await clearMirror();
        return { status: "full", reason: "storage quota exceeded" };
      }
      return { status: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
    cursor = writes.cursor;
    products += writes.putProducts.length;
    pages += 1;
    if (!page.hasMore) break;
  }
  cachedIndex = undefined;
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
 * The search entries at `cursor`: the stored snapshot, or (after a sync cut short, which left it
 * behind the products) rebuilt from the products themselves, the slow way.
 */
async function currentSearchEntries(db: VitrineDb, cursor: string): Promise<MirrorSearchEntry[]> {
  const snapshot = decodeSearchSnapshot(await db.get("meta", MIRROR_SEARCH_KEY), cursor);
  if (snapshot) return snapshot;
  return (await db.getAll("products")).filter(isMirrorProduct).map(toSearchEntry);
}

async function readCursor(db: VitrineDb): Promise<string> {
  const value = await db.get("meta", MIRROR_CURSOR_KEY);
  return typeof value === "string" && /^\d{1,15}$/.test(value) ? value : "0";
}

/** Empties the mirror (the next sync refills it from the start). */
export async function clearMirror(): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  cachedIndex = undefined;
  try {
    const tx = opened.db.transaction(MIRROR_STORES, "readwrite");
    await Promise.all([
      tx.objectStore("products").clear(),
      tx.objectStore("categories").clear(),
      tx.objectStore("meta").delete(MIRROR_CURSOR_KEY),
      tx.objectStore("meta").delete(MIRROR_SYNCED_AT_KEY),
      tx.objectStore("meta").delete(MIRROR_SEARCH_KEY),
      tx.done,
    ]);
  } catch {
    // Nothing more to do: reads will keep finding nothing usable and say so.
  }
}

export type MirrorRead<T> = { status: "found"; value: T } | { status: "missing" } | { status: "unavailable" };

/** The mirror's state, for the shell to say whether offline browsing can work. */
export async function mirrorSyncedAt(): Promise<string | null> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return null;
  try {
    const value = await opened.db.get("meta", MIRROR_SYNCED_AT_KEY);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

export async function getMirrorProduct(slug: string): Promise<MirrorRead<MirrorProduct>> {
  return read<MirrorProduct>(async (db) => {
    const value = await db.get("products", slug);
    if (value === undefined) return { status: "missing" };
    return isMirrorProduct(value) ? { status: "found", value } : corrupted();
  });
}

/** The product a cart line's SKU belongs to. */
export async function getMirrorProductBySku(sku: string): Promise<MirrorRead<MirrorProduct>> {
  return read<MirrorProduct>(async (db) => {
    const value = await db.getFromIndex("products", "sku", sku);
    if (value === undefined) return { status: "missing" };
    return isMirrorProduct(value) ? { status: "found", value } : corrupted();
  });
}

export interface MirrorCategoryPage {
  category: Category;
  subcategories: Category[];
  products: MirrorProduct[];
}

export async function getMirrorCategory(slug: string): Promise<MirrorRead<MirrorCategoryPage>> {
  return read<MirrorCategoryPage>(async (db) => {
    const category = await db.get("categories", slug);
    if (!category) return { status: "missing" };
    // A listing includes its subcategories' products, as the server's listing does.
    const subcategories = (await db.getAll("categories")).filter((other) => other.parent === slug);
    const groups = await Promise.all([slug, ...subcategories.map((sub) => sub.slug)].map((key) => db.getAllFromIndex("products", "category", key)));
    const products = groups.flat();
    if (!products.every(isMirrorProduct)) return corrupted();
    products.sort((a, b) => a.name.localeCompare(b.name));
    return { status: "found", value: { category, subcategories, products } };
  });
}

export async function listMirrorCategories(): Promise<Category[]> {
  const result = await read(async (db) => ({ status: "found" as const, value: await db.getAll("categories") }));
  return result.status === "found" ? result.value : [];
}

let cachedIndex: Promise<SearchIndex<MirrorSearchEntry>> | undefined;

/** Searches the whole mirror; the index is built once per page and rebuilt after a sync. */
export async function searchMirror(query: string, limit = 48): Promise<MirrorRead<{ items: MirrorSearchEntry[]; total: number }>> {
  return read<{ items: MirrorSearchEntry[]; total: number }>(async (db) => {
    cachedIndex ??= readCursor(db).then(async (cursor) => buildSearchIndex(await currentSearchEntries(db, cursor)));
    const index = await cachedIndex;
    if (index.entries.length === 0) return { status: "missing" };
    return { status: "found", value: searchIndex(index, query, limit) };
  });
}

async function read<T>(body: (db: VitrineDb) => Promise<MirrorRead<T>>): Promise<MirrorRead<T>> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return { status: "unavailable" };
  try {
    return await body(opened.db);
  } catch {
    cachedIndex = undefined;
    return { status: "unavailable" };
  }
}

/** A record that is not what this code wrote: rebuild from scratch on the next sync. */
function corrupted(): { status: "unavailable" } {
  void clearMirror();
  return { status: "unavailable" };
}
