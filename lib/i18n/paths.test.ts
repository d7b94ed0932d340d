import { describe, expect, it } from "vitest";
import { localizedPath, withoutLocale } from "./paths";

describe("localizedPath", () => {
  it("keeps French unprefixed and puts English under /en", () => {
    expect(localizedPath("/products/x?sku=1", "fr")).toBe("/products/x?sku=1");
    expect(localizedPath("/products/x?sku=1", "en")).toBe("/en/products/x?sku=1");
    expect(localizedPath("/", "en")).toBe("/en");
    expect(localizedPath("/?utm_source=a", "en")).toBe("/en?utm_source=a");
  });
  it("leaves other links alone", () => {
    expect(localizedPath("#main", "en")).toBe("#main");
    expect(localizedPath("//evil.example/x", "en")).toBe("//evil.example/x");
    expect(localizedPath("https://maps.example", "en")).toBe("https://maps.example");
  });
  it("strips the prefix back", () => {
    expect(withoutLocale("/en/cart")).toBe("/cart");
    expect(withoutLocale("/en")).toBe("/");
    expect(withoutLocale("/enfants")).toBe("/enfants");
  });
});
