import { localizeCategory, localizeProduct } from "../catalog/localize";
import type { Category, FeedCategory } from "../catalog/types";
import { openVitrineDb, type MirrorProduct, type MirrorSearchEntry, type VitrineDb } from "./db";
import { isMirrorProduct } from "./mirror-apply";
import { clearMirrorStores, searchEntriesFromProducts } from "./mirror-sync";
import { buildPostings, searchInMemory, type SearchPostings } from "./search";
import { searchStoredIndex } from "./search-store";

/**
 * Reading the catalog mirror in IndexedDB (docs/offline.md, "Catalog mirror"):
 * the catalog shell renders product, category and search pages from it when the network is
 * gone. lib/offline/mirror-refresh.ts fills it.
 */

/** Empties the mirror (the next sync refills it from the start). */
export async function clearMirror(): Promise<void> {
  await clearMirrorStores();
}

export type MirrorRead<T> = { status: "found"; value: T } | { status: "missing" } | { status: "unavailable" };

/*
 * Reads take the page's locale: the mirror keeps every language (docs/catalog-languages.md) and
 * hands out products and categories in that one, French where a text is not translated.
 */
const inLocale = (product: MirrorProduct, locale: string) => localizeProduct(product, product.translations, locale);
const categoryInLocale = (category: FeedCategory, locale: string): Category => {
  const { translations, ...rest } = category;
  return localizeCategory(rest, translations, locale);
};

export async function getMirrorProduct(slug: string, locale: string): Promise<MirrorRead<MirrorProduct>> {
  return read<MirrorProduct>(async (db) => {
    const value = await db.get("products", slug);
    if (value === undefined) return { status: "missing" };
    return isMirrorProduct(value) ? { status: "found", value: inLocale(value, locale) } : corrupted();
  });
}

/** The product a cart line's SKU belongs to. */
export async function getMirrorProductBySku(sku: string, locale: string): Promise<MirrorRead<MirrorProduct>> {
  return read<MirrorProduct>(async (db) => {
    const value = await db.getFromIndex("products", "sku", sku);
    if (value === undefined) return { status: "missing" };
    return isMirrorProduct(value) ? { status: "found", value: inLocale(value, locale) } : corrupted();
  });
}

export interface MirrorCategoryPage {
  category: Category;
  subcategories: Category[];
  products: MirrorProduct[];
}

export async function getMirrorCategory(slug: string, locale: string): Promise<MirrorRead<MirrorCategoryPage>> {
  return read<MirrorCategoryPage>(async (db) => {
    const category = await db.get("categories", slug);
    if (!category) return { status: "missing" };
    // A listing includes its subcategories' products, as the server's listing does.
    const subcategories = (await db.getAll("categories")).filter((other) => other.parent === slug);
    const groups = await Promise.all([slug, ...subcategories.map((sub) => sub.slug)].map((key) => db.getAllFromIndex("products", "category", key)));
    const stored = groups.flat();
    if (!stored.every(isMirrorProduct)) return corrupted();
    const products = stored.map((product) => inLocale(product, locale)).sort((a, b) => a.name.localeCompare(b.name, locale));
    return {
      status: "found",
      value: { category: categoryInLocale(category, locale), subcategories: subcategories.map((sub) => categoryInLocale(sub, locale)), products },
    };
  });
}

export async function listMirrorCategories(locale: string): Promise<Category[]> {
  const result = await read(async (db) => ({ status: "found" as const, value: await db.getAll("categories") }));
  return result.status === "found" ? result.value.map((category) => categoryInLocale(category, locale)) : [];
}

/** The offline home's selection: the first product of each category (by slug), up to `limit`, for variety. */
export async function mirrorHomeSelection(limit: number, locale: string): Promise<MirrorRead<MirrorProduct[]>> {
  return read<MirrorProduct[]>(async (db) => {
    const categories = await db.getAll("categories");
    const firsts = await Promise.all(categories.map((category) => db.getFromIndex("products", "category", category.slug)));
    const products = firsts.filter((product) => product !== undefined).slice(0, limit);
    if (products.length === 0) return { status: "missing" };
    return products.every(isMirrorProduct) ? { status: "found", value: products.map((product) => inLocale(product, locale)) } : corrupted();
  });
}

/** The index made in memory while the stored one lags behind the mirror, for the cursor it stands for. */
let memoryIndex: { cursor: string; postings: Promise<SearchPostings<MirrorSearchEntry>> } | undefined;

/**
 * Searches the whole mirror (docs/offline.md, "Offline search"); entries are named in `locale`.
 * The sync keeps an inverted index in IndexedDB; after a sync cut short it lags behind the
 * products, and the search makes one from them in memory until the next sync catches up.
 */
export async function searchMirror(query: string, locale: string, limit = 48): Promise<MirrorRead<{ items: MirrorSearchEntry[]; total: number }>> {
  return read<{ items: MirrorSearchEntry[]; total: number }>(async (db) => {
    const stored = await searchStoredIndex(db, query, limit);
    if (stored.status === "missing") return { status: "missing" };
    if (stored.status === "corrupt") return corrupted();
    const { items, total } = stored.status === "found" ? stored : await searchInMemory(await indexFromProducts(db, stored.cursor), query, limit);
    return { status: "found", value: { items: items.map((item) => ({ ...item, name: item.names[locale] ?? item.name })), total } };
  });
}

function indexFromProducts(db: VitrineDb, cursor: string): Promise<SearchPostings<MirrorSearchEntry>> {
  if (memoryIndex?.cursor !== cursor) {
    const postings = searchEntriesFromProducts(db).then(buildPostings);
    memoryIndex = { cursor, postings };
    postings.catch(() => {
      if (memoryIndex?.postings === postings) memoryIndex = undefined;
    });
  }
  return memoryIndex.postings;
}

async function read<T>(body: (db: VitrineDb) => Promise<MirrorRead<T>>): Promise<MirrorRead<T>> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return { status: "unavailable" };
  try {
    return await body(opened.db);
  } catch {
    return { status: "unavailable" };
  }
}

/** A record that is not what this code wrote: rebuild from scratch on the next sync. */
function corrupted(): { status: "unavailable" } {
  void clearMirror();
  return { status: "unavailable" };
}
