import { describe, expect, it } from "vitest";
import { demoGtin, gtinCheckDigit, isValidGtin } from "./gtin";

describe("GTIN check digits", () => {
  it("accepts real codes and refuses a wrong last digit", () => {
    expect(isValidGtin("4006381333931")).toBe(true); // EAN-13 (Stabilo pen)
    expect(isValidGtin("3017620422003")).toBe(true); // EAN-13 (French product)
    expect(isValidGtin("036000291452")).toBe(true); // UPC-A
    expect(isValidGtin("96385074")).toBe(true); // EAN-8
    expect(isValidGtin("4006381333932")).toBe(false);
    expect(isValidGtin("400638133393")).toBe(false); // 12 digits, wrong check
    expect(isValidGtin("40063813339X1")).toBe(false);
    expect(isValidGtin("12345")).toBe(false);
  });

  it("gives the demo deterministic in-house EAN-13s", () => {
    expect(demoGtin(1)).toBe(`200000000001${gtinCheckDigit("200000000001")}`);
    for (const n of [1, 2, 99, 123_456, 400_000]) {
      expect(demoGtin(n)).toHaveLength(13);
      expect(isValidGtin(demoGtin(n))).toBe(true);
    }
    expect(new Set([1, 2, 3].map(demoGtin)).size).toBe(3);
  });
});
