import { describe, expect, it } from "vitest";
import { parsePrice } from "./price";

describe("parsePrice", () => {
  it("reads the formats feeds use, as integer cents", () => {
    expect(parsePrice("19.90 EUR")).toEqual({ ok: true, cents: 1990, currency: "EUR" });
    expect(parsePrice("19,90 €")).toEqual({ ok: true, cents: 1990, currency: "EUR" });
    expect(parsePrice("EUR 7")).toEqual({ ok: true, cents: 700, currency: "EUR" });
    expect(parsePrice("1 234,50 EUR")).toEqual({ ok: true, cents: 123450, currency: "EUR" });
    expect(parsePrice("1\u202f234,5 €")).toEqual({ ok: true, cents: 123450, currency: "EUR" });
    expect(parsePrice("1,234.50 USD")).toEqual({ ok: true, cents: 123450, currency: "USD" });
    expect(parsePrice("0.99")).toEqual({ ok: true, cents: 99, currency: "EUR" });
    expect(parsePrice("€49")).toEqual({ ok: true, cents: 4900, currency: "EUR" });
  });

  it("refuses what is not a price", () => {
    for (const text of ["", "gratuit", "-5 EUR", "1.234.5", "12 EUR EUR", "19.9.9"]) expect(parsePrice(text).ok).toBe(false);
  });
});
