import { MAX_CART_LINES, MAX_LINE_QUANTITY, type CartLine, type CartMergeChange } from "../cart/types";
import { forgetExpiredTombstones, getCartLines, mergeIntoCart } from "./cart-store";
import { openVitrineDb } from "./db";
import { compactOutbox, settledOperationIds, type PendingOperation } from "./outbox";
import { clearPersonalData, finishPendingSignOut, readDeviceSession, rememberDeviceSession } from "./personal-data";
import { singleFlight } from "./single-flight";

/**
 * Sends the device's cart to the server and keeps the merged cart it returns (docs/offline.md#offline-cart-and-outbox).
 * Used by the outbox replay (page side and Background Sync) and by sign-in.
 *
 * - an array: the server merged the cart; the changes it brought to this device's cart (tell the shopper);
 * - "signed-out": 401, no account cart; an anonymous cart stays on the device and is sent at
 *   sign-in, but a cart that came from a session that has since ended (expired, revoked) is
 *   cleared with the rest of the personal data (lib/offline/personal-data.ts);
 * - "offline": no network; the outbox keeps the changes for the next replay;
 * - "failed": the server answered with an error or nonsense; the outbox keeps the changes.
 */
export type CartSyncResult = CartMergeChange[] | "signed-out" | "offline" | "failed";

export const CART_SYNC_TAG = "vitrine-cart-outbox";

/** One request at a time per page or worker: concurrent callers share the one in flight. */
export const syncCartWithServer = singleFlight(sync);

async function sync(): Promise<CartSyncResult> {
  let session = await readDeviceSession();
  // A sign-out that could not reach the server: send it first, or the account cart would come back.
  if (session === "sign-out-pending") {
    if (!(await finishPendingSignOut())) return "offline";
    session = null;
  }
  await forgetExpiredTombstones();
  const sentUpTo = await lastOutboxId();
  const lines = await getCartLines();
  let response: Response;
  try {
    response = await putAllLines(lines);
  } catch {
    await settleOutbox(0);
    return "offline";
  }
  if (response.status === 401) {
    if (session === "signed-in") {
      // The session ended elsewhere: what the device holds was the account's.
      await clearPersonalData();
      return "signed-out";
    }
    // No account cart to bring up to date: the whole cart (tombstones too) goes up at sign-in.
    await settleOutbox(sentUpTo);
    return "signed-out";
  }
  const serverLines = response.ok ? await readLines(response) : null;
  if (!serverLines) {
    await settleOutbox(0);
    return "failed";
  }
  const { changes } = await mergeIntoCart(serverLines);
  await settleOutbox(sentUpTo);
  if (session !== "signed-in") await rememberDeviceSession("signed-in");
  return changes;
}

/**
 * Sends every line, tombstones included, in requests of at most MAX_CART_LINES (the server's
 * limit per request): removals first, so the account cart never holds more live lines between
 * two requests than it will at the end. Stops at the first answer that is not a success and
 * returns it; else the last answer, which carries the whole merged account cart.
 */
async function putAllLines(lines: CartLine[]): Promise<Response> {
  const ordered = [...lines.filter((line) => line.quantity === 0), ...lines.filter((line) => line.quantity > 0)];
  let response: Response | undefined;
  for (let start = 0; start === 0 || start < ordered.length; start += MAX_CART_LINES) {
    response = await putBatch(ordered.slice(start, start + MAX_CART_LINES));
    if (!response.ok) return response;
  }
  return response!;
}

/** One PUT; a SKU the catalog no longer has (deleted product) would block every sync: the rest is sent. */
async function putBatch(lines: CartLine[]): Promise<Response> {
  const response = await putLines(lines);
  // The line stays on the device, shown without details; checkout refuses it anyway.
  const unknown = response.status === 422 ? await unknownSkus(response) : [];
  return unknown.length ? putLines(lines.filter((line) => !unknown.includes(line.sku))) : response;
}

function putLines(lines: CartLine[]): Promise<Response> {
  return fetch("/api/cart", {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    cache: "no-store",
    body: JSON.stringify({ lines: lines.map(({ sku, quantity, updatedAt }) => ({ sku, quantity, updatedAt })) }),
  });
}

/** The SKUs a 422 `unknown_sku` answer names (`{"error":{"code","message","skus"}}`). */
async function unknownSkus(response: Response): Promise<string[]> {
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown; skus?: unknown } };
    const skus = body.error?.code === "unknown_sku" ? body.error.skus : undefined;
    return Array.isArray(skus) ? skus.filter((sku): sku is string => typeof sku === "string") : [];
  } catch {
    return [];
  }
}

/** Whether the outbox holds changes the server has not seen. */
export async function hasPendingCartChanges(): Promise<boolean> {
  return (await lastOutboxId()) > 0;
}

async function lastOutboxId(): Promise<number> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return 0;
  try {
    const cursor = await opened.db.transaction("outbox").store.openCursor(null, "prev");
    return cursor?.value.id ?? 0;
  } catch {
    return 0;
  }
}

/**
 * Deletes the operations the last request carried (none when `sentUpTo` is 0) and compacts the
 * rest, so a long offline spell leaves one operation per SKU.
 */
async function settleOutbox(sentUpTo: number) {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  try {
    const tx = opened.db.transaction("outbox", "readwrite");
    const operations = (await tx.store.getAll()).flatMap((op): PendingOperation[] => (op.id === undefined ? [] : [{ id: op.id, line: op.line }]));
    const settled = new Set(settledOperationIds(operations, sentUpTo));
    const { drop } = compactOutbox(operations.filter((op) => !settled.has(op.id)));
    await Promise.all([...[...settled, ...drop].map((id) => tx.store.delete(id)), tx.done]);
  } catch {
    // Left in place, the operations are sent again: replaying a merge is harmless.
  }
}

async function readLines(response: Response): Promise<CartLine[] | null> {
  try {
    const body: unknown = await response.json();
    const lines = (body as { lines?: unknown } | null)?.lines;
    if (!Array.isArray(lines)) return null;
    const valid = lines.filter(
      (line): line is CartLine =>
        typeof line?.sku === "string" &&
        Number.isInteger(line.quantity) &&
        line.quantity >= 0 &&
        line.quantity <= MAX_LINE_QUANTITY &&
        typeof line.updatedAt === "string" &&
        Number.isFinite(Date.parse(line.updatedAt)),
    );
    return valid.length === lines.length ? valid : null;
  } catch {
    return null;
  }
}
