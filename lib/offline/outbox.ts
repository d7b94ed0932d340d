import { mergeCartLines } from "../cart/merge";
import type { CartLine } from "../cart/types";

/**
 * Pure outbox rules (no IndexedDB here, so they are unit-tested). The outbox holds the cart
 * changes the server has not seen; replaying it means one `PUT /api/cart` with the device's
 * lines, so only the latest change per SKU matters.
 */

export interface PendingOperation {
  id: number;
  line: CartLine;
}

/**
 * Keeps the operation that wins per SKU (the merge rule: latest change, removals included) and
 * returns the ids of the superseded ones, which the caller deletes. The outbox then stays as
 * small as the cart however long the device stays offline.
 */
export function compactOutbox(operations: PendingOperation[]): { keep: PendingOperation[]; drop: number[] } {
  const { lines } = mergeCartLines([], operations.map((operation) => operation.line));
  const winners = new Map(lines.map((line) => [line.sku, line]));
  const keep: PendingOperation[] = [];
  const drop: number[] = [];
  const kept = new Set<string>();
  // Newest id first, so among identical lines the latest operation is the one kept.
  for (const operation of [...operations].sort((a, b) => b.id - a.id)) {
    const winner = winners.get(operation.line.sku);
    const isWinner =
      winner && !kept.has(operation.line.sku) && winner.updatedAt === operation.line.updatedAt && winner.quantity === operation.line.quantity;
    if (isWinner) {
      kept.add(operation.line.sku);
      keep.push(operation);
    } else drop.push(operation.id);
  }
  return { keep: keep.sort((a, b) => a.id - b.id), drop: drop.sort((a, b) => a - b) };
}

/**
 * The operations a successful replay settled: those read before the request was sent. Anything
 * queued while the request was in flight has a higher id and waits for the next replay.
 */
export function settledOperationIds(operations: PendingOperation[], sentUpToId: number): number[] {
  return operations.filter((operation) => operation.id <= sentUpToId).map((operation) => operation.id);
}

/**
 * The time to stamp a new change with: now, unless the line already carries a later time
 * (another device's clock ran ahead), in which case just after it, so the shopper's latest
 * action always wins the merge on this device.
 */
export function nextChangeTime(now: Date, previous?: CartLine): string {
  const last = previous ? Date.parse(previous.updatedAt) : Number.NaN;
  const time = Number.isFinite(last) && last >= now.getTime() ? last + 1 : now.getTime();
  return new Date(time).toISOString();
}
