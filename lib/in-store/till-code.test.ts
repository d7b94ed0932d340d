import { describe, expect, it } from "vitest";
import { encodeTillCart, tillCartSchema, tillUrl } from "./till-code";

describe("till code", () => {
  it("round-trips SKU codes and quantities", () => {
    const lines = [
      { sku: "VIT-0001-M-NAVY", quantity: 2 },
      { sku: "A.b_c-9", quantity: 1 },
    ];
    expect(tillCartSchema.parse(encodeTillCart(lines))).toEqual(lines);
    const url = new URL(tillUrl("https://shop.example", lines));
    expect(url.pathname).toBe("/admin/till");
    expect(tillCartSchema.parse(url.searchParams.get("c"))).toEqual(lines);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "VIT-1", "VIT-1*0", "VIT-1*1.5", "VIT-1*-2", "*2", "VIT 1*2", "VIT-1*2~VIT-1*3", "VIT-1*1e2"]) {
      expect(tillCartSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
