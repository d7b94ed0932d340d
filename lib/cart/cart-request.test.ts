import { describe, expect, it } from "vitest";
import { cartPutSchema, MAX_CLOCK_SKEW_MS, normaliseLineTimes } from "./cart-request";
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from "./types";

const now = Date.UTC(2026, 10, 25, 8, 0, 0);
const ok = { sku: "A-1", quantity: 1, updatedAt: "2026-11-25T07:59:00.000Z" };

describe("cartPutSchema", () => {
  it("accepts lines and tombstones", () => {
    expect(cartPutSchema.safeParse({ lines: [ok, { ...ok, sku: "B", quantity: 0 }] }).success).toBe(true);
  });

  it.each([
    ["negative quantity", { lines: [{ ...ok, quantity: -1 }] }],
    ["huge quantity", { lines: [{ ...ok, quantity: MAX_LINE_QUANTITY + 1 }] }],
    ["fractional quantity", { lines: [{ ...ok, quantity: 1.5 }] }],
    ["malformed time", { lines: [{ ...ok, updatedAt: "yesterday" }] }],
    ["another account's line", { lines: [{ ...ok, userId: "someone-else" }] }],
    ["extra top-level field", { lines: [ok], userId: "someone-else" }],
    ["duplicate SKU", { lines: [ok, ok] }],
    ["too many lines", { lines: Array.from({ length: MAX_CART_LINES + 1 }, (_, i) => ({ ...ok, sku: `S${i}` })) }],
    ["no lines array", { sku: "A" }],
  ])("refuses %s", (_, body) => {
    expect(cartPutSchema.safeParse(body).success).toBe(false);
  });
});

describe("normaliseLineTimes", () => {
  it("clamps a slightly fast clock to now and keeps the past as is", () => {
    const result = normaliseLineTimes([ok, { ...ok, sku: "B", updatedAt: "2026-11-25T09:00:00+01:00" }, { ...ok, sku: "C", updatedAt: "2026-11-25T08:05:00Z" }], now);
    expect(result).toEqual({
      lines: [ok, { ...ok, sku: "B", updatedAt: "2026-11-25T08:00:00.000Z" }, { ...ok, sku: "C", updatedAt: new Date(now).toISOString() }],
    });
  });

  it("refuses a time far in the future or implausibly old", () => {
    expect(normaliseLineTimes([{ ...ok, updatedAt: new Date(now + MAX_CLOCK_SKEW_MS + 1000).toISOString() }], now)).toHaveProperty("problem");
    expect(normaliseLineTimes([{ ...ok, updatedAt: "1999-01-01T00:00:00Z" }], now)).toHaveProperty("problem");
  });
});
