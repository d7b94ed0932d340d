import { describe, expect, it } from "vitest";
import { skuInPreferredSize, skuInSizes } from "./preferred-sku";

const skus = [
  { sku: "A-38-red", size: "38", onlineStock: 2 },
  { sku: "A-40-red", size: "40", onlineStock: 0 },
  { sku: "A-40-blue", size: "40", onlineStock: 3 },
  { sku: "A-42-red", size: "42", onlineStock: 0 },
];

describe("skuInPreferredSize", () => {
  it("picks the saved size for the category, buyable online first", () => {
    expect(skuInPreferredSize(skus, "shoes", { shoes: "40" })?.sku).toBe("A-40-blue");
    expect(skuInPreferredSize(skus, "shoes", { shoes: "42" })?.sku).toBe("A-42-red");
  });

  it("picks nothing without a saved size for that category, or when the product lacks it", () => {
    expect(skuInPreferredSize(skus, "shoes", { dresses: "40" })).toBeUndefined();
    expect(skuInPreferredSize(skus, "shoes", { shoes: "44" })).toBeUndefined();
  });
});

describe("skuInSizes", () => {
  it("takes the first asked size the product comes in, buyable online first", () => {
    expect(skuInSizes(skus, ["44", "40"])?.sku).toBe("A-40-blue");
    expect(skuInSizes(skus, ["42"])?.sku).toBe("A-42-red");
    expect(skuInSizes(skus, ["44"])).toBeUndefined();
    expect(skuInSizes(skus, [])).toBeUndefined();
  });
});
