import type { Reason } from "./reasons";

/**
 * Feed prices as integer cents. Merchant Center writes "19.90 EUR"; spreadsheets exported in
 * France write "19,90 €" or "1 234,50 EUR". Pure module.
 */

const CURRENCY_SYMBOLS: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP" };

export type PriceResult = { ok: true; cents: number; currency: string } | { ok: false; reason: Reason };

export function parsePrice(text: string, defaultCurrency = "EUR"): PriceResult {
  let rest = text.trim().replace(/[\u00a0\u202f]/g, " ");
  if (rest === "") return { ok: false, reason: { code: "price_empty" } };
  let currency: string | undefined;
  const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(rest);
  if (code) {
    currency = code[1] ?? code[2];
    rest = rest.replace(code[0], "");
  }
  const symbol = /^([€$£])\s*|\s*([€$£])$/.exec(rest);
  if (symbol) {
    currency ??= CURRENCY_SYMBOLS[(symbol[1] ?? symbol[2])!];
    rest = rest.replace(symbol[0], "");
  }
  // Thousands separators: spaces, or the separator that is not the last one.
  rest = rest.replace(/ /g, "");
  const match = /^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(rest);
  if (!match) return { ok: false, reason: { code: "not_a_price", values: { value: text } } };
  const [, whole, thousands, decimal, fraction] = match;
  if (thousands && decimal === thousands) return { ok: false, reason: { code: "price_ambiguous", values: { value: text } } };
  const units = Number(whole!.replace(/[.,]/g, ""));
  const cents = units * 100 + Number((fraction ?? "0").padEnd(2, "0"));
  if (!Number.isSafeInteger(cents) || cents > 100_000_000) return { ok: false, reason: { code: "price_too_large", values: { value: text } } };
  return { ok: true, cents, currency: currency ?? defaultCurrency };
}
