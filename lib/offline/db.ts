import { openDB, type DBSchema, type IDBPDatabase, type StoreNames } from "idb";
import type { CartLine } from "../cart/types";
import type { FeedCategory, Product, ProductTranslation } from "../catalog/types";
import type { WordPostings } from "./search";

/**
 * The device's IndexedDB database "vitrine", shared by pages and the service worker
 * (docs/offline.md). Relative imports only: the service worker bundle
 * (scripts/build-sw.mjs) imports this module too.
 */

/** A mirrored product: the feed's Product plus what offline search needs, computed once on write. */
export interface MirrorProduct extends Product {
  /** The feed's texts in other languages (docs/catalog-languages.md); pages localize on read. */
  translations: Record<string, ProductTranslation>;
  /** The server's search words (lib/search/document.ts), the name's first. */
  searchText: string;
  /** How many of the first words of `searchText` are the name's. */
  searchNameWords: number;
  /** The product's SKU codes, indexed: cart lines name a SKU, not a product. */
  skuCodes: string[];
}

/**
 * What offline search needs of a product, and what a result card shows: the `searchEntries`
 * store keeps them by rank (lib/offline/search-store.ts), so a search page reads the cards it
 * shows, not the products.
 */
export interface MirrorSearchEntry {
  slug: string;
  name: string;
  /** The name in other languages, by locale (the French `name` otherwise). */
  names: Record<string, string>;
  brand: string;
  priceCents: number;
  image: string | null;
  /** As MirrorProduct.searchText; its first `nameWordCount` words come from the name. */
  searchText: string;
  nameWordCount: number;
}

/** One pending cart change the server has not seen yet (the outbox). */
export interface OutboxOperation {
  id?: number;
  kind: "cart-line";
  line: CartLine;
}

/**
 * A product view recorded while offline, waiting to be sent to `POST /api/events`.
 * Owned by the accounts/history area: it adds the fields it needs next to these.
 */
export interface QueuedViewEvent {
  id?: number;
  [field: string]: unknown;
}

export interface VitrineDbSchema extends DBSchema {
  products: { key: string; value: MirrorProduct; indexes: { category: string; sku: string } };
  categories: { key: string; value: FeedCategory };
  /** Offline search's cards in blocks of consecutive ranks (the name's order), keyed by block number. */
  searchEntries: { key: number; value: MirrorSearchEntry[] };
  /** Offline search's inverted index: each word of the catalog and the ranks that have it. */
  searchWords: { key: string; value: WordPostings };
  /** Small named values: the mirror's cursor and last sync time. */
  meta: { key: string; value: unknown };
  cart: { key: string; value: CartLine };
  outbox: { key: number; value: OutboxOperation };
  views: { key: number; value: QueuedViewEvent };
}

export type VitrineDb = IDBPDatabase<VitrineDbSchema>;

export type OpenDbResult = { status: "ready"; db: VitrineDb } | { status: "unavailable"; reason: string };

const DB_NAME = "vitrine";
/**
 * 2: products and categories carry their translations (docs/catalog-languages.md). Upgrading
 * from 1 empties the mirror, whose records lack them, so the next sync downloads it again.
 * 3: offline search reads an inverted index (searchEntries, searchWords) instead of one meta
 * record; the next sync writes it, and until then a search builds it from the products.
 */
const DB_VERSION = 3;

/** meta keys of the catalog mirror (lib/offline/mirror-sync.ts writes them). */
export const MIRROR_CURSOR_KEY = "catalogCursor";
export const MIRROR_SYNCED_AT_KEY = "catalogSyncedAt";
/** Whether the device's personal data came from a signed-in session (lib/offline/personal-data.ts). */
export const DEVICE_SESSION_KEY = "deviceSession";
/** `{messages, asOf}`: the signed-in shopper's message center as last fetched (lib/notifications/message-copy.ts). */
export const MESSAGE_CENTER_KEY = "messageCenter";
/** The signed-in shopper's loyalty card as last read, with its "as of" time (lib/offline/loyalty-store.ts). */
export const LOYALTY_CARD_KEY = "loyaltyCard";
/** The cursor the search stores stand for (lib/offline/search-store.ts); behind the mirror's after a sync cut short. */
export const MIRROR_SEARCH_KEY = "catalogSearchCursor";
/** Version 2's search record, one string of every entry: deleted on upgrade. */
const OLD_SEARCH_KEY = "catalogSearch";

let opening: Promise<OpenDbResult> | undefined;

/**
 * Opens (once per page or worker) the database. Never throws: where IndexedDB is missing or
 * refused (some private modes, storage disabled, a blocked upgrade) callers get
 * `{ status: "unavailable" }` and keep working online.
 */
export function openVitrineDb(): Promise<OpenDbResult> {
  opening ??= open();
  return opening;
}

async function open(): Promise<OpenDbResult> {
  if (typeof indexedDB === "undefined") return { status: "unavailable", reason: "IndexedDB is not available here" };
  try {
    const db = await openDB<VitrineDbSchema>(DB_NAME, DB_VERSION, {
      // Each store is created when missing, whatever the old version says: a database opened
      // without a version (devtools, a test) exists at version 1 with no stores at all.
      upgrade(database, oldVersion, _newVersion, transaction) {
        const missing = (name: StoreNames<VitrineDbSchema>) => !database.objectStoreNames.contains(name);
        if (oldVersion === 1) {
          if (!missing("products")) void transaction.objectStore("products").clear();
          if (!missing("categories")) void transaction.objectStore("categories").clear();
          if (!missing("meta")) for (const key of [MIRROR_CURSOR_KEY, MIRROR_SYNCED_AT_KEY]) void transaction.objectStore("meta").delete(key);
        }
        if (missing("products")) {
          const products = database.createObjectStore("products", { keyPath: "slug" });
          products.createIndex("category", "category");
          products.createIndex("sku", "skuCodes", { multiEntry: true });
        }
        if (missing("categories")) database.createObjectStore("categories", { keyPath: "slug" });
        if (missing("meta")) database.createObjectStore("meta");
        else if (oldVersion < 3) void transaction.objectStore("meta").delete(OLD_SEARCH_KEY);
        if (missing("searchEntries")) database.createObjectStore("searchEntries");
        if (missing("searchWords")) database.createObjectStore("searchWords", { keyPath: "word" });
        if (missing("cart")) database.createObjectStore("cart", { keyPath: "sku" });
        if (missing("outbox")) database.createObjectStore("outbox", { keyPath: "id", autoIncrement: true });
        if (missing("views")) database.createObjectStore("views", { keyPath: "id", autoIncrement: true });
      },
      // Another tab holds an older version open: ask again later rather than hang this page.
      blocked() {
        opening = undefined;
      },
      // A newer build upgraded the schema in another tab: let it, and reopen on next use.
      blocking() {
        opening = undefined;
        db.close();
      },
      terminated() {
        opening = undefined;
      },
    });
    return { status: "ready", db };
  } catch (error) {
    opening = undefined;
    return { status: "unavailable", reason: error instanceof Error ? error.message : String(error) };
  }
}

/** True for the browser's "storage is full" errors, whatever the engine calls them. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
}
