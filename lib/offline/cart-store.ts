import { mergeCartLines } from "../cart/merge";
import { isExpiredTombstone } from "../cart/tombstones";
import { MAX_LINE_QUANTITY, type CartLine, type CartMergeChange } from "../cart/types";
import type { IDBPTransaction } from "idb";
import { openVitrineDb, type VitrineDbSchema } from "./db";
import { nextChangeTime } from "./outbox";

/**
 * The device's cart (docs/offline.md#offline-cart-and-outbox): IndexedDB is the copy of record, tombstones included; every
 * change is also queued in the outbox for the server. Works in pages and in the service worker.
 *
 * Where IndexedDB is unavailable or a write fails (private mode, quota), lines go to a
 * localStorage fallback instead, and reads merge both with the cart merge rule: no line is lost,
 * whichever store took it.
 */

const CHANNEL = "vitrine-cart";
const FALLBACK_KEY = "vitrine.cart.fallback";

export type CartListener = (lines: CartLine[]) => void;

const listeners = new Set<CartListener>();
let channel: BroadcastChannel | undefined;
/**
 * The cart as this page last read or changed it (undefined until the first read). An add counts
 * from it for the note it leaves in localStorage before anything asynchronous happens.
 */
let known: Map<string, CartLine> | undefined;

/** All lines, tombstones (quantity 0) included, sorted by SKU. */
export async function getCartLines(): Promise<CartLine[]> {
  const opened = await openVitrineDb();
  let stored: CartLine[] = [];
  if (opened.status === "ready") {
    try {
      stored = await opened.db.getAll("cart");
    } catch {
      // A failed read leaves the fallback copy, which holds what could not be written here.
    }
  }
  const fallback = readFallback();
  const lines = fallback.length ? mergeCartLines(stored, fallback).lines : stored;
  remember(lines);
  return lines;
}

/**
 * Adds `count` units of a SKU (docs/offline.md#adding-to-the-cart) as one durable step, and
 * resolves once it has committed. Two writes, so that leaving the page at any moment keeps it:
 *
 * 1. before the first await, the new line, counted from the cart this page knows, goes into
 *    the localStorage copy (a synchronous write, which no navigation or closed tab undoes);
 * 2. one IndexedDB transaction (strict durability) reads the stored line, writes the line plus
 *    one and its outbox entry, and commits; the localStorage note is then removed.
 *
 * Readers merge both copies by the cart merge rule (latest change wins) and the stored line is
 * stamped after the note, so an add that reached both is counted once. Returns the cart after it.
 */
export async function addToCart(sku: string, count = 1): Promise<CartLine[]> {
  const now = new Date();
  const fallbackBefore = readFallback();
  const hadItems = [...(known?.values() ?? []), ...fallbackBefore].some((candidate) => candidate.quantity > 0);
  const note = known ? addedLine(sku, count, now, newestLine([known.get(sku), ...fallbackBefore.filter((line) => line.sku === sku)])) : undefined;
  if (note) writeFallback(mergeCartLines(fallbackBefore, [note]).lines);
  const opened = await openVitrineDb();
  let line: CartLine | undefined;
  if (opened.status === "ready") {
    let tx: IDBPTransaction<VitrineDbSchema, ["cart", "outbox"], "readwrite"> | undefined;
    const writes: Promise<unknown>[] = [];
    try {
      tx = opened.db.transaction(["cart", "outbox"], "readwrite", { durability: "strict" });
      writes.push(tx.done);
      const stored = await tx.objectStore("cart").get(sku);
      const previous = newestLine([stored, ...fallbackBefore.filter((candidate) => candidate.sku === sku)]);
      const added = addedLine(sku, count, now, previous);
      // Stamped after the note, so this line, not the note, wins the merge.
      added.updatedAt = nextChangeTime(now, newestLine([previous, note]));
      writes.push(tx.objectStore("cart").put(added));
      writes.push(tx.objectStore("outbox").add({ kind: "cart-line", line: added }));
      // Everything is queued: ask for the commit now rather than when the page next idles.
      tx.commit();
      await Promise.all(writes);
      line = added;
      if (note) writeFallback(readFallback().filter((candidate) => !sameLine(candidate, note)));
    } catch {
      // All or nothing: a write that threw must not let the other one commit alone.
      try {
        tx?.abort();
      } catch {
        // Already aborted or finished.
      }
      await Promise.allSettled(writes);
      line = undefined;
    }
  }
  if (!line) {
    // IndexedDB is missing or refused the write: the localStorage copy keeps the add.
    line = note ?? addedLine(sku, count, now, (await getCartLines()).find((candidate) => candidate.sku === sku));
    if (!note) writeFallback(mergeCartLines(readFallback(), [line]).lines);
  }
  const lines = await getCartLines();
  if (!hadItems) void askForPersistentStorage();
  announce(lines);
  return lines;
}

/**
 * Sets a SKU's quantity (clamped to 0…MAX_LINE_QUANTITY; 0 removes it, leaving a tombstone),
 * queues the change in the outbox and tells every tab. Returns the cart after the change.
 */
export async function setLineQuantity(sku: string, quantity: number): Promise<CartLine[]> {
  const clamped = Math.max(0, Math.min(MAX_LINE_QUANTITY, Math.floor(Number.isFinite(quantity) ? quantity : 0)));
  const before = await getCartLines();
  const line: CartLine = { sku, quantity: clamped, updatedAt: nextChangeTime(new Date(), before.find((l) => l.sku === sku)) };
  const opened = await openVitrineDb();
  let written = false;
  if (opened.status === "ready") {
    try {
      const tx = opened.db.transaction(["cart", "outbox"], "readwrite");
      await Promise.all([tx.objectStore("cart").put(line), tx.objectStore("outbox").add({ kind: "cart-line", line }), tx.done]);
      written = true;
    } catch {
      written = false;
    }
  }
  if (!written) writeFallback(mergeCartLines(readFallback(), [line]).lines);
  const lines = mergeCartLines(before, [line]).lines;
  if (clamped > 0 && !before.some((l) => l.quantity > 0)) void askForPersistentStorage();
  announce(lines);
  return lines;
}

/**
 * Replaces the whole cart (e.g. with the merged cart the server returned). Does not queue
 * anything: the lines came from the server.
 */
export async function replaceCartLines(lines: CartLine[]): Promise<void> {
  const opened = await openVitrineDb();
  let written = false;
  if (opened.status === "ready") {
    try {
      const tx = opened.db.transaction("cart", "readwrite");
      await tx.store.clear();
      await Promise.all([...lines.map((line) => tx.store.put(line)), tx.done]);
      written = true;
    } catch {
      written = false;
    }
  }
  writeFallback(written ? [] : lines);
  announce(lines);
}

/**
 * Merges lines from elsewhere (the server's merged cart) into the device's cart in one
 * transaction, so a change made meanwhile in another tab is never overwritten: the merge rule
 * keeps whichever is newer. Returns what the incoming lines changed, for the shopper.
 */
export async function mergeIntoCart(incoming: CartLine[]): Promise<{ lines: CartLine[]; changes: CartMergeChange[] }> {
  const opened = await openVitrineDb();
  if (opened.status === "ready") {
    try {
      const tx = opened.db.transaction("cart", "readwrite");
      const fallback = readFallback();
      const merged = mergeCartLines(mergeCartLines(await tx.store.getAll(), fallback).lines, incoming);
      await Promise.all([...merged.lines.map((line) => tx.store.put(line)), tx.done]);
      writeFallback([]);
      // Only a real change is announced: the replay listens for changes, and a sync that brought
      // nothing new must not schedule another sync.
      if (merged.changes.length || fallback.length) announce(merged.lines);
      return merged;
    } catch {
      // Fall through to the fallback copy.
    }
  }
  const merged = mergeCartLines(readFallback(), incoming);
  writeFallback(merged.lines);
  if (merged.changes.length) announce(merged.lines);
  return merged;
}

/**
 * Forgets removals older than TOMBSTONE_TTL_DAYS (lib/cart/tombstones.ts): every device has had
 * time to learn of them, and each checkout leaves one per ordered line. Returns how many went.
 */
export async function forgetExpiredTombstones(now = Date.now()): Promise<number> {
  const opened = await openVitrineDb();
  let forgotten = 0;
  if (opened.status === "ready") {
    try {
      const tx = opened.db.transaction("cart", "readwrite");
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        if (!isExpiredTombstone(cursor.value, now)) continue;
        await cursor.delete();
        forgotten += 1;
      }
      await tx.done;
    } catch {
      forgotten = 0;
    }
  }
  const fallback = readFallback();
  const kept = fallback.filter((line) => !isExpiredTombstone(line, now));
  if (kept.length !== fallback.length) writeFallback(kept);
  return forgotten + fallback.length - kept.length;
}

/** Calls `listener` with the new lines whenever the cart changes, in this tab or another. */
export function subscribeToCart(listener: CartListener): () => void {
  listeners.add(listener);
  openChannel();
  return () => {
    listeners.delete(listener);
  };
}

function addedLine(sku: string, count: number, now: Date, previous: CartLine | undefined): CartLine {
  const quantity = Math.min(MAX_LINE_QUANTITY, (previous?.quantity ?? 0) + count);
  return { sku, quantity, updatedAt: nextChangeTime(now, previous) };
}

/** The line the merge rule keeps among these copies of one SKU's line. */
function newestLine(lines: (CartLine | undefined)[]): CartLine | undefined {
  return mergeCartLines([], lines.filter((line): line is CartLine => line !== undefined)).lines[0];
}

function sameLine(a: CartLine, b: CartLine): boolean {
  return a.sku === b.sku && a.quantity === b.quantity && a.updatedAt === b.updatedAt;
}

function remember(lines: CartLine[]) {
  known = new Map(lines.map((line) => [line.sku, line]));
}

/** Tells this tab's listeners and the other tabs (and the service worker) about a change. */
function announce(lines: CartLine[]) {
  remember(lines);
  for (const listener of listeners) listener(lines);
  openChannel()?.postMessage({ type: "cart-changed" });
}

function openChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel(CHANNEL);
  // The message carries no lines: each receiver reads the store, so a lost or reordered message
  // can never leave a tab showing an older cart than the store holds.
  channel.onmessage = () => {
    if (listeners.size === 0) return;
    void getCartLines().then((lines) => {
      for (const listener of listeners) listener(lines);
    });
  };
  return channel;
}

/** localStorage exists in pages only; the service worker sees no fallback (and needs none). */
function fallbackStorage(): { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void } | undefined {
  return (globalThis as { localStorage?: ReturnType<typeof fallbackStorage> }).localStorage;
}

function readFallback(): CartLine[] {
  try {
    const storage = fallbackStorage();
    if (!storage) return [];
    const parsed: unknown = JSON.parse(storage.getItem(FALLBACK_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isCartLine) : [];
  } catch {
    return [];
  }
}

function writeFallback(lines: CartLine[]) {
  try {
    const storage = fallbackStorage();
    if (!storage) return;
    if (lines.length) storage.setItem(FALLBACK_KEY, JSON.stringify(lines));
    else storage.removeItem(FALLBACK_KEY);
  } catch {
    // Nowhere left to write: the change still reaches the page's listeners for this visit.
  }
}

/** Tells every tab to read the cart again, after a change made outside these functions. */
export async function notifyCartChanged() {
  announce(await getCartLines());
}

/** Removes the fallback copy (sign-out). */
export function clearCartFallback() {
  writeFallback([]);
}

function isCartLine(value: unknown): value is CartLine {
  if (typeof value !== "object" || value === null) return false;
  const line = value as Record<string, unknown>;
  return (
    typeof line.sku === "string" &&
    typeof line.quantity === "number" &&
    Number.isInteger(line.quantity) &&
    line.quantity >= 0 &&
    typeof line.updatedAt === "string" &&
    Number.isFinite(Date.parse(line.updatedAt))
  );
}

/** Once the shopper has something worth keeping, ask the browser not to evict it under pressure. */
async function askForPersistentStorage() {
  try {
    // Pages only: workers have no persist().
    const storage = typeof navigator === "undefined" ? undefined : (navigator.storage as (StorageManager & { persist?: () => Promise<boolean> }) | undefined);
    if (!storage?.persist || (await storage.persisted())) return;
    await storage.persist();
  } catch {
    // A refusal only means the browser may evict the cart under storage pressure.
  }
}
