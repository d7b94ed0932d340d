import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/account/devices")).toBe("/account/devices");
    expect(safeNextPath("/products/x?sku=1")).toBe("/products/x?sku=1");
  });

  it("refuses other sites, schemes and loops", () => {
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "/login", "/register?next=/", undefined, ["/a"]]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
