import { describe, expect, it } from "vitest";
import type { CartLine } from "../cart/types";
import { compactOutbox, nextChangeTime, settledOperationIds, type PendingOperation } from "./outbox";

const at = (second: number) => new Date(Date.UTC(2026, 10, 25, 8, 0, second)).toISOString();
const op = (id: number, sku: string, quantity: number, second: number): PendingOperation => ({ id, line: { sku, quantity, updatedAt: at(second) } });

describe("compactOutbox", () => {
  it("keeps only the latest change per SKU, removals included", () => {
    const { keep, drop } = compactOutbox([op(1, "A", 1, 1), op(2, "B", 2, 2), op(3, "A", 3, 3), op(4, "A", 0, 4)]);
    expect(keep).toEqual([op(2, "B", 2, 2), op(4, "A", 0, 4)]);
    expect(drop).toEqual([1, 3]);
  });

  it("keeps a change stamped later even when it was queued earlier", () => {
    // Clocks can disagree: the merge rule (time), not the queue order, decides.
    const { keep, drop } = compactOutbox([op(1, "A", 5, 9), op(2, "A", 1, 3)]);
    expect(keep).toEqual([op(1, "A", 5, 9)]);
    expect(drop).toEqual([2]);
  });

  it("keeps one of two identical operations", () => {
    const { keep, drop } = compactOutbox([op(1, "A", 2, 1), op(2, "A", 2, 1)]);
    expect(keep).toEqual([op(2, "A", 2, 1)]);
    expect(drop).toEqual([1]);
  });

  it("leaves an empty outbox empty", () => {
    expect(compactOutbox([])).toEqual({ keep: [], drop: [] });
  });
});

describe("settledOperationIds", () => {
  it("settles what was sent, not what was queued during the request", () => {
    expect(settledOperationIds([op(1, "A", 1, 1), op(2, "B", 1, 2), op(5, "A", 0, 3)], 2)).toEqual([1, 2]);
  });
});

describe("nextChangeTime", () => {
  const now = new Date(Date.UTC(2026, 10, 25, 8, 0, 0));
  it("uses now for a new line", () => {
    expect(nextChangeTime(now)).toBe(now.toISOString());
  });
  it("stays after a line stamped in the future by another device's clock", () => {
    const previous: CartLine = { sku: "A", quantity: 1, updatedAt: "2026-11-25T08:05:00.000Z" };
    expect(nextChangeTime(now, previous)).toBe("2026-11-25T08:05:00.001Z");
  });
});
