import { describe, expect, it } from "vitest";
import { demoGtin } from "../catalog/gtin";
import { parseScannedCode, productUrl } from "./scan-code";

const origin = "https://shop.example";

describe("scanned codes", () => {
  it("reads a GTIN, with or without spaces, and refuses a wrong check digit", () => {
    const gtin = demoGtin(7);
    expect(parseScannedCode(gtin, origin)).toEqual({ kind: "gtin", gtin });
    expect(parseScannedCode(` ${gtin.slice(0, 1)} ${gtin.slice(1, 7)} ${gtin.slice(7)} `, origin)).toEqual({ kind: "gtin", gtin });
    const wrong = gtin.slice(0, -1) + ((Number(gtin.at(-1)) + 1) % 10);
    expect(parseScannedCode(wrong, origin)).toBeNull();
  });

  it("reads a shelf label's URL of this shop only, in either language", () => {
    expect(parseScannedCode(`${origin}/products/pull-marin?sku=VIT-1-M`, origin)).toEqual({ kind: "product", slug: "pull-marin", sku: "VIT-1-M" });
    expect(parseScannedCode(`${origin}/en/products/pull-marin`, origin)).toEqual({ kind: "product", slug: "pull-marin", sku: null });
    expect(parseScannedCode("https://evil.example/products/pull-marin", origin)).toBeNull();
    expect(parseScannedCode(`${origin}/admin`, origin)).toBeNull();
  });

  it("takes a typed SKU reference", () => {
    expect(parseScannedCode("VIT-0001-M-NAVY", origin)).toEqual({ kind: "sku", sku: "VIT-0001-M-NAVY" });
    expect(parseScannedCode("<script>", origin)).toBeNull();
  });

  it("builds the product URL with the SKU selected", () => {
    expect(productUrl("pull-marin", "VIT-1 M")).toBe("/products/pull-marin?sku=VIT-1%20M");
  });
});
