import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deliveryConfig } from "../delivery/config";
import { fillValues, LEGAL_PAGES, legalContentDir, legalValues, loadLegalPage } from "./pages";

describe("legal pages", () => {
  it("ships a text for every page in both languages, each marked as demonstration text", async () => {
    const values = legalValues(deliveryConfig({}), "fr");
    for (const locale of ["fr", "en"] as const) {
      for (const page of LEGAL_PAGES) {
        const doc = await loadLegalPage(page, locale, values, legalContentDir({}));
        expect(doc.title.length, `${locale}/${page}`).toBeGreaterThan(3);
        expect(doc.html, `${locale}/${page}`).toMatch(locale === "fr" ? /[Tt]exte de démonstration/ : /[Dd]emonstration text/);
        expect(doc.html, `${locale}/${page}`).not.toContain("{{");
      }
    }
  });

  it("states the configured delivery prices and delays", async () => {
    const values = legalValues(deliveryConfig({ DELIVERY_HOME_FEE_CENTS: "599", RETURNS_DAYS: "14" }), "fr");
    const doc = await loadLegalPage("livraison-et-retours", "fr", values, legalContentDir({}));
    expect(doc.html.replace(/\s/g, " ")).toContain("5,99 €");
    expect(doc.html).toContain("14 jours");
  });

  it("reads the retailer's folder and leaves unknown placeholders visible", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "vitrine-legal-"));
    try {
      await mkdir(path.join(dir, "fr"));
      await writeFile(path.join(dir, "fr", "cgv.md"), "# Nos CGV\n\nRetours sous {{returnsDays}} jours, {{oops}}.\n");
      const doc = await loadLegalPage("cgv", "fr", { returnsDays: "30" }, legalContentDir({ LEGAL_CONTENT_DIR: dir }));
      expect(doc).toEqual({ title: "Nos CGV", html: "<p>Retours sous 30 jours, {{oops}}.</p>\n" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(fillValues("{{ a }}-{{b}}", { a: "1" })).toBe("1-{{b}}");
  });
});
