import { describe, expect, it } from "vitest";
import { mergeCartLines, visibleLines } from "./merge";
import type { CartLine } from "./types";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute)).toISOString();
const line = (sku: string, quantity: number, minute: number): CartLine => ({ sku, quantity, updatedAt: at(minute) });

describe("mergeCartLines", () => {
  it("keeps the latest change per SKU and reports it", () => {
    const { lines, changes } = mergeCartLines([line("A", 1, 1), line("B", 2, 5)], [line("A", 3, 2), line("B", 1, 4), line("C", 1, 3)]);
    expect(lines).toEqual([line("A", 3, 2), line("B", 2, 5), line("C", 1, 3)]);
    expect(changes).toEqual([
      { sku: "A", kind: "updated", quantity: 3 },
      { sku: "C", kind: "added", quantity: 1 },
    ]);
  });

  it("does not let a stale copy bring back a removed line", () => {
    const { lines, changes } = mergeCartLines([line("A", 0, 9)], [line("A", 2, 3)]);
    expect(visibleLines(lines)).toEqual([]);
    expect(changes).toEqual([]);
  });

  it("reports a removal that arrives later", () => {
    expect(mergeCartLines([line("A", 2, 3)], [line("A", 0, 9)]).changes).toEqual([{ sku: "A", kind: "removed", quantity: 0 }]);
  });

  it("converges whatever the order on a tie", () => {
    const a = [line("A", 2, 1)];
    const b = [line("A", 0, 1)];
    expect(mergeCartLines(a, b).lines).toEqual(mergeCartLines(b, a).lines);
  });
});
