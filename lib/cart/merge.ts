import type { CartLine, CartMergeChange } from "./types";

function newer(a: CartLine, b: CartLine): CartLine {
  const byTime = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (byTime !== 0) return byTime > 0 ? a : b;
  // Same instant on two devices: any fixed rule converges; prefer the removal, then the smaller quantity.
  return a.quantity <= b.quantity ? a : b;
}

/**
 * Per SKU, the most recent change wins; tombstones (quantity 0) take part like any change, so a
 * stale copy cannot bring a removed line back. Commutative and idempotent: every device that
 * merges the same changes ends with the same cart, whatever the order they arrived in.
 * `changes` describes what `incoming` did to `current`, for the visible cart (not tombstones).
 */
export function mergeCartLines(current: CartLine[], incoming: CartLine[]): { lines: CartLine[]; changes: CartMergeChange[] } {
  const merged = new Map<string, CartLine>();
  for (const line of current) {
    const seen = merged.get(line.sku);
    merged.set(line.sku, seen ? newer(seen, line) : line);
  }
  const before = new Map(merged);
  for (const line of incoming) {
    const seen = merged.get(line.sku);
    merged.set(line.sku, seen ? newer(seen, line) : line);
  }
  const changes: CartMergeChange[] = [];
  for (const [sku, line] of merged) {
    const was = before.get(sku);
    const wasQuantity = was?.quantity ?? 0;
    if (line.quantity === wasQuantity) continue;
    const kind = wasQuantity === 0 ? "added" : line.quantity === 0 ? "removed" : "updated";
    changes.push({ sku, kind, quantity: line.quantity });
  }
  const lines = [...merged.values()].sort((a, b) => a.sku.localeCompare(b.sku));
  return { lines, changes };
}

/** The lines a shopper sees: tombstones left out. */
export function visibleLines(lines: CartLine[]): CartLine[] {
  return lines.filter((line) => line.quantity > 0);
}
