import { describe, expect, it } from "vitest";
import { cachedListingView, internalCatalogPath } from "./cached-paths";

const path = (url: string, signedIn = false) => {
  const parsed = new URL(url, "http://shop.test");
  return internalCatalogPath(parsed.pathname, parsed.searchParams, signedIn);
};

describe("internalCatalogPath", () => {
  it("leaves plain pages to the locale routing", () => {
    expect(path("/products/robe")).toBeNull();
    expect(path("/categories/robes?utm_source=mail")).toBeNull();
    expect(path("/en/stores/lyon")).toBeNull();
    expect(path("/")).toBeNull();
  });
  it("gives each SKU of a product its own cached page, in the URL's language", () => {
    expect(path("/products/robe?sku=RB-1-M&utm_source=x")).toEqual({ pathname: "/fr/products/robe/sku/RB-1-M", keepQuery: false });
    expect(path("/en/products/robe?sku=a/b")).toEqual({ pathname: "/en/products/robe/sku/a%2Fb", keepQuery: false });
  });
  it("caches known sorts on the first pages only", () => {
    expect(path("/categories/robes?sort=price-asc&page=2")).toEqual({ pathname: "/fr/categories/robes/sorted/price-asc/2", keepQuery: false });
    expect(path("/en/categories/robes?page=3")).toEqual({ pathname: "/en/categories/robes/sorted/newest/3", keepQuery: false });
    expect(path("/categories/robes?page=6")?.pathname).toBe("/fr/categories/robes/filter");
    expect(path("/categories/robes?sort=relevance")?.pathname).toBe("/fr/categories/robes/filter");
    expect(path("/categories/robes?sort=name&sort=newest")?.pathname).toBe("/fr/categories/robes/filter");
  });
  it("sends free filters to the per-request page with their query", () => {
    expect(path("/categories/robes?min=10&max=50")).toEqual({ pathname: "/fr/categories/robes/filter", keepQuery: true });
    expect(path("/categories/robes?size=M&sort=name")).toEqual({ pathname: "/fr/categories/robes/filter", keepQuery: true });
  });
  it("sends a browser with a session cookie to the personal home page", () => {
    expect(path("/", true)).toEqual({ pathname: "/fr/welcome-back", keepQuery: false });
    expect(path("/en", true)).toEqual({ pathname: "/en/welcome-back", keepQuery: false });
    expect(path("/products/robe", true)).toBeNull();
  });
});

describe("cachedListingView", () => {
  it("accepts known sorts and pages 1 to 5", () => {
    expect(cachedListingView(null, null)).toEqual({ sort: "newest", page: 1 });
    expect(cachedListingView("name", "5")).toEqual({ sort: "name", page: 5 });
    expect(cachedListingView("name", "05")).toBeNull();
    expect(cachedListingView("drop", "1")).toBeNull();
  });
});
