import { describe, expect, it } from "vitest";
import { catalogRoute, inPageLanguage, isPersonalPath, loyaltyShellFor } from "./routes";

const url = (path: string) => new URL(path, "https://vitrine.test");

describe("isPersonalPath", () => {
  it("keeps account, checkout, orders, reservations, admin, sign-in pages and every API off the device", () => {
    for (const path of ["/account", "/account/history", "/checkout", "/orders/42", "/reservations/0b8f", "/reservations/new", "/admin/stock", "/login", "/api/cart", "/api/auth/session", "/en/account", "/en/checkout", "/en/orders/42", "/en/reservations/0b8f", "/en/login"]) {
      expect(isPersonalPath(path), path).toBe(true);
    }
  });
  it("lets catalog pages be cached", () => {
    for (const path of ["/", "/products/chemise", "/categories/robes", "/search", "/cart", "/accounts-of-the-shop", "/stores"]) {
      expect(isPersonalPath(path), path).toBe(false);
    }
  });
});

describe("catalogRoute", () => {
  it("recognises product, category and search pages", () => {
    expect(catalogRoute(url("/products/chemise-lin?sku=X"))).toEqual({ kind: "product", slug: "chemise-lin" });
    expect(catalogRoute(url("/categories/robes?page=2"))).toEqual({ kind: "category", slug: "robes" });
    expect(catalogRoute(url("/search?q=lin"))).toEqual({ kind: "search", q: "lin" });
    expect(catalogRoute(url("/en/products/chemise-lin"))).toEqual({ kind: "product", slug: "chemise-lin" });
  });
  it("draws the home (the start URL) from the mirror too, with or without a campaign query", () => {
    expect(catalogRoute(url("/"))).toEqual({ kind: "home" });
    expect(catalogRoute(url("/?utm_source=newsletter"))).toEqual({ kind: "home" });
    expect(catalogRoute(url("/en"))).toEqual({ kind: "home" });
  });
  it("leaves anything else (stores, nested pages, odd slugs) to the offline page", () => {
    expect(catalogRoute(url("/products/chemise/stores"))).toBeNull();
    expect(catalogRoute(url("/products/Bad_Slug"))).toBeNull();
    expect(catalogRoute(url("/stores"))).toBeNull();
  });
});

describe("loyaltyShellFor", () => {
  it("answers the loyalty card page with the card shell of its language, and nothing else", () => {
    expect(loyaltyShellFor("/account/loyalty")).toBe("/offline/loyalty");
    expect(loyaltyShellFor("/en/account/loyalty")).toBe("/en/offline/loyalty");
  });

  it("answers an English URL with the English copy of a precached page", () => {
    expect(inPageLanguage("/offline/catalog", "/en/categories/robes")).toBe("/en/offline/catalog");
    expect(inPageLanguage("/offline/catalog", "/en")).toBe("/en/offline/catalog");
    expect(inPageLanguage("/offline", "/en/stores")).toBe("/en/offline");
    expect(inPageLanguage("/offline/catalog", "/categories/robes")).toBe("/offline/catalog");
    expect(inPageLanguage("/offline", "/entretien")).toBe("/offline");
    expect(loyaltyShellFor("/account")).toBeNull();
    expect(loyaltyShellFor("/account/loyalty/extra")).toBeNull();
    expect(loyaltyShellFor("/products/loyalty")).toBeNull();
  });
});
