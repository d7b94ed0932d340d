import { describe, expect, it } from "vitest";
import { median, percentile, round } from "./stats";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([93, 71, 88])).toBe(88);
  });
  it("averages the two middles of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("refuses no values rather than answering NaN", () => {
    expect(() => median([])).toThrow();
  });
});

describe("percentile", () => {
  it("returns an observed value by nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 100)).toBe(3);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });
});

describe("round", () => {
  it("rounds to the given decimals", () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1234.5)).toBe(1235);
  });
});
