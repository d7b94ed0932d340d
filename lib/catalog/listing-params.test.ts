import { describe, expect, it } from "vitest";
import { parseListingParams } from "./listing-params";

describe("parseListingParams", () => {
  it("parses filters, converting euros to cents", () => {
    const result = parseListingParams(new URLSearchParams("category=robes&size=M&size=L&min=20&max=80&sort=price-asc&page=2"));
    expect(result).toEqual({
      ok: true,
      query: { category: "robes", sizes: ["M", "L"], minCents: 2000, maxCents: 8000, sort: "price-asc", page: 2, limit: 24 },
    });
  });
  it("ignores unknown keys such as campaign parameters", () => {
    expect(parseListingParams(new URLSearchParams("utm_source=newsletter&page=3"))).toEqual({ ok: true, query: { page: 3, limit: 24 } });
  });
  it("accepts a Next searchParams record and ignores empty values", () => {
    expect(parseListingParams({ q: "lin", min: "" })).toEqual({ ok: true, query: { q: "lin", page: 1, limit: 24 } });
  });
  it("takes a minimum price above the maximum out of the query and says so", () => {
    expect(parseListingParams(new URLSearchParams("q=robe&min=150&max=50&size=M"))).toEqual({
      ok: true,
      query: { q: "robe", sizes: ["M"], page: 1, limit: 24 },
      invertedPrice: { minCents: 15000, maxCents: 5000 },
    });
  });
  it.each([
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["limit=1000000000", "limit"],
    ["category=../etc", "category"],
    ["sort=random", "sort"],
    [`q=${"x".repeat(10_000)}`, "q"],
  ])("rejects %s", (query, field) => {
    const result = parseListingParams(new URLSearchParams(query));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(field)).toBe(true);
  });
});
