import { describe, expect, it } from "vitest";
import { catalogLocale, inLanguage } from "./locale-param";

describe("catalogLocale", () => {
  it("reads ?locale=, French when absent or empty", () => {
    expect(catalogLocale(new URLSearchParams(""))).toEqual({ locale: "fr" });
    expect(catalogLocale(new URLSearchParams("locale="))).toEqual({ locale: "fr" });
    expect(catalogLocale(new URLSearchParams("locale=en"))).toEqual({ locale: "en" });
  });

  it("answers an unknown locale with a 400 in the usual error shape, never a fallback", async () => {
    for (const value of ["de", "EN", "en-GB", "x".repeat(500)]) {
      const result = catalogLocale(new URLSearchParams({ locale: value }));
      if (!("error" in result)) throw new Error(`${value} accepted`);
      expect(result.error.status).toBe(400);
      expect(await result.error.json()).toEqual({ error: { code: "bad_request", message: "locale: must be one of fr, en" } });
    }
  });

  it("names the answer's language", () => {
    expect(inLanguage(new Response("{}"), "en").headers.get("Content-Language")).toBe("en");
  });
});
