import { describe, expect, it } from "vitest";
import { chooseSubjects, pageImageUrls, searchWord } from "./pages";
import { seededProducts } from "./scale";
import { toLoadResult, withRatios } from "./throughput";
import { lastJsonObject, toOfflineSection } from "./offline";

describe("throughput figures", () => {
  it("reads autocannon's JSON and counts timeouts as errors", () => {
    const result = toLoadResult("/products/x", {
      requests: { average: 812.37 },
      latency: { p50: 11, p99: 52 },
      non2xx: 3,
      errors: 1,
      timeouts: 2,
    });
    expect(result).toEqual({ path: "/products/x", requestsPerSecond: 812.4, p50Ms: 11, p99Ms: 52, non2xx: 3, errors: 3 });
  });

  it("compares each route with the static-file ceiling", () => {
    const ceiling = toLoadResult("/robots.txt", { requests: { average: 2000 }, latency: { p50: 4, p99: 9 }, non2xx: 0, errors: 0, timeouts: 0 });
    const product = toLoadResult("/p", { requests: { average: 700 }, latency: { p50: 13, p99: 40 }, non2xx: 0, errors: 0, timeouts: 0 });
    expect(withRatios(ceiling, { product }).product?.ratio).toBe(0.35);
  });
});

describe("bench subjects", () => {
  it("picks a search word a shopper would type", () => {
    expect(searchWord("T-shirt col V Marin")).toBe("shirt");
    expect(searchWord("Pull en laine")).toBe("Pull");
    expect(searchWord("Sac")).toBe("Sac");
  });

  it("derives distinct products, categories and terms from the catalog API", () => {
    const subjects = chooseSubjects(
      [
        { slug: "pull-a", name: "Pull laine", category: "pulls" },
        { slug: "pull-b", name: "Pull coton", category: "pulls" },
        { slug: "jean-c", name: "Jean droit", category: "jeans" },
      ],
      2,
    );
    expect(subjects).toEqual({
      product: "pull-a",
      category: "pulls",
      term: "Pull",
      products: ["pull-a", "pull-b"],
      categories: ["pulls", "jeans"],
      terms: ["Pull", "Jean"],
    });
    expect(() => chooseSubjects([], 2)).toThrow();
  });
});

describe("subprocess outputs", () => {
  it("reads the product count scripts/seed.ts prints", () => {
    expect(seededProducts("pglite: { categories: 10, products: 100000, skus: 350000 }\nopened…")).toBe(100000);
    expect(seededProducts("The catalog is not empty")).toBeNull();
  });

  it("takes the last JSON object a script printed after its logs", () => {
    expect(lastJsonObject('warming up\n{"navigationMs": 120}\n')).toEqual({ navigationMs: 120 });
    expect(lastJsonObject('{\n  "searchMs": 4\n}')).toEqual({ searchMs: 4 });
    expect(lastJsonObject("no json here")).toBeNull();
  });

  it("keeps an offline figure the script did not report as null, not zero", () => {
    expect(toOfflineSection({ navigationMs: 140 })).toMatchObject({ navigationMs: 140, mirrorSync10kMs: null, mirrorSyncCold10kMs: null, searchMs: null, searchShellSearchMs: null });
  });

  it("reads the search's own cost and the shell page's search apart", () => {
    expect(toOfflineSection({ searchMs: 4.6, searchShellSearchMs: 142 })).toMatchObject({ searchMs: 4.6, searchShellSearchMs: 142 });
  });
});

describe("pageImageUrls", () => {
  it("lists every product image candidate once, and nothing else", () => {
    const html =
      '<picture><source type="image/avif" srcSet="/images/products/a-160.avif 160w, /images/products/a-320.avif 320w"/>' +
      '<img src="/images/products/a-320.webp" srcSet="/images/products/a-160.webp 160w, /images/products/a-320.webp 320w"/></picture>' +
      '<img src="/icons/icon-192.png"/><script src="/_next/static/chunks/x.js"></script>';
    expect(pageImageUrls(html).sort()).toEqual([
      "/images/products/a-160.avif",
      "/images/products/a-160.webp",
      "/images/products/a-320.avif",
      "/images/products/a-320.webp",
    ]);
  });
});
