import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const origin = "http://shop.example:3000";

describe("safeRedirectPath", () => {
  it("keeps the path and query of a same-origin URL", () => {
    expect(safeRedirectPath("http://shop.example:3000/p/chair?sku=A#top", origin)).toBe("/p/chair?sku=A");
    expect(safeRedirectPath("/c/chairs?page=2", origin)).toBe("/c/chairs?page=2");
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example/x",
    "\\\\evil.example/x",
    "https://evil.example/x",
    "http://shop.example:3001/x",
    "javascript:alert(1)",
    "http://shop.example:3000//evil.example/x",
    "",
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target, origin)).toBe("/");
  });
});
