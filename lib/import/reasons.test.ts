import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import { mapInventoryRecord, mapStoreRecord } from "./map-local";
import { mapProductRecord } from "./map-product";
import { reasoned } from "./reasons";

/**
 * Import reasons are codes with values (lib/import/reasons.ts): the back office shows them in
 * French or English from messages/*.json, the report keeps the English text beside them.
 */

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const french = createTranslator({ locale: "fr", messages: fr, namespace: "importReasons" });
const values = (pairs: Record<string, string>) => Object.fromEntries(Object.entries(pairs).map(([key, value]) => [key, [value]]));

describe("import reasons", () => {
  it("has every code in French and English, with the same values", () => {
    expect(Object.keys(fr.importReasons).sort()).toEqual(Object.keys(en.importReasons).sort());
    for (const [code, message] of Object.entries(en.importReasons)) {
      expect(placeholders(fr.importReasons[code as keyof typeof fr.importReasons]), code).toEqual(placeholders(message));
    }
  });

  it("gives each rejected field a code and values a French admin can read, and the English text", () => {
    const product = mapProductRecord(
      { line: 7, values: values({ id: "ML-1", title: "Pull", price: "quinze euros", availability: "bientôt", gtin: "123", quantity: "2,5" }) },
      { now: new Date("2026-12-01T12:00:00Z") } as Parameters<typeof mapProductRecord>[1],
    );
    expect(product.ok).toBe(false);
    const rows = product.ok ? [] : product.rejections;
    expect(rows.map((row) => [row.field, row.code, row.values])).toEqual([
      ["price", "not_a_price", { value: "quinze euros" }],
      ["availability", "not_one_of", { value: "bientôt", allowed: expect.stringContaining("in_stock") }],
      ["quantity", "not_whole_units", { value: "2,5" }],
      ["gtin", "gtin_invalid", { value: "123" }],
    ]);
    expect(rows[0]!.reason).toBe('"quinze euros" is not a price (write 19.90 EUR)');
    expect(rows.map((row) => french(row.code!, row.values))).toEqual([
      "« quinze euros » n’est pas un prix (écrivez 19.90 EUR)",
      expect.stringMatching(/^« bientôt » ne fait pas partie de : in_stock/),
      "« 2,5 » n’est pas un nombre entier d’unités",
      "« 123 » n’est pas un GTIN (8, 12, 13 ou 14 chiffres avec une clé de contrôle valide)",
    ]);
  });

  it("codes the local inventory and stores files too", () => {
    const offer = mapInventoryRecord({ line: 3, values: values({ store_code: "lyon", id: "ML-1", price: "12 USD" }) });
    expect(offer.ok ? [] : offer.rejections.map((row) => [row.field, row.code])).toEqual([
      ["quantity", "quantity_required"],
      ["price", "currency"],
    ]);
    const store = mapStoreRecord({ line: 4, values: values({ code: "Bad code!", name: "Lyon", address: "1 rue", postcode: "69001", city: "Lyon", lat: "95", lng: "4.8", opening_hours: "Lundi 10:00-19:00" }) });
    const rows = store.ok ? [] : store.rejections;
    expect(rows.map((row) => [row.field, row.code])).toEqual([
      ["code", "store_code_format"],
      ["lat", "coordinate_range"],
      ["opening_hours", "hours_days"],
    ]);
    expect(french(rows[1]!.code!, rows[1]!.values)).toBe("un nombre entre -90 et 90");
  });

  it("writes the English text from the English messages", () => {
    expect(reasoned("unknown_store", { store: "atlantis" })).toEqual({ code: "unknown_store", values: { store: "atlantis" }, reason: 'unknown store "atlantis": add it with the stores file' });
    expect(reasoned("missing")).toEqual({ code: "missing", reason: "missing" });
  });
});
