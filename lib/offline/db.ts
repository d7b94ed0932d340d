import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CartLine } from "../cart/types";
import type { Category, Product } from "../catalog/types";

/**
 * The device's IndexedDB database "vitrine", shared by pages and the service worker
 * (DESIGN.md §2, docs/offline.md). Relative imports only: the service worker bundle
 * (scripts/build-sw.mjs) imports this module too.
 */

/** A mirrored product: the feed's Product plus what offline search needs, computed once on write. */
export interface MirrorProduct extends Product {
  /** Lower-case, accent-free name, brand and category, for offline search. */
  searchText: string;
  /** The product's SKU codes, indexed: cart lines name a SKU, not a product. */
  skuCodes: string[];
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
  categories: { key: string; value: Category };
  /** Small named values: the mirror's cursor and last sync time. */
  meta: { key: string; value: unknown };
  cart: { key: string; value: CartLine };
  outbox: { key: number; value: OutboxOperation };
  views: { key: number; value: QueuedViewEvent };
}

export type VitrineDb = IDBPDatabase<VitrineDbSchema>;

export type OpenDbResult = { status: "ready"; db: VitrineDb } | { status: "unavailable"; reason: string };

const DB_NAME = "vitrine";
const DB_VERSION = 1;

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
      upgrade(database) {
        const products = database.createObjectStore("products", { keyPath: "slug" });
        products.createIndex("category", "category");
        products.createIndex("sku", "skuCodes", { multiEntry: true });
        database.createObjectStore("categories", { keyPath: "slug" });
        database.createObjectStore("meta");
        database.createObjectStore("cart", { keyPath: "sku" });
        database.createObjectStore("outbox", { keyPath: "id", autoIncrement: true });
        database.createObjectStore("views", { keyPath: "id", autoIncrement: true });
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
