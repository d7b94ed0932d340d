import { describe, expect, it } from "vitest";
import { stockLevelWords } from "./stock-words";

describe("stockLevelWords", () => {
  it.each([
    [0, "outOfStock", 0],
    [1, "onlyLeft", 1],
    [2, "onlyLeft", 2],
    [3, "inStock", 3],
    [250, "inStock", 250],
  ])("describes %i units as %s", (quantity, key, count) => {
    expect(stockLevelWords(quantity)).toEqual({ key, count });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 0.5])("reads %d as out of stock", (quantity) => {
    expect(stockLevelWords(quantity)).toEqual({ key: "outOfStock", count: 0 });
  });

  it("counts whole units only", () => {
    expect(stockLevelWords(2.9)).toEqual({ key: "onlyLeft", count: 2 });
  });
});
