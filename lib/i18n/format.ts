const priceFormats = new Map<string, Intl.NumberFormat>();

/** Integer cents → "49,90 €" (fr) or "€49.90" (en). Formatters are cached: this runs per card. */
export function formatPrice(cents: number, locale: string, currency = "EUR"): string {
  const key = `${locale}:${currency}`;
  let format = priceFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "en" ? "en-IE" : "fr-FR", { style: "currency", currency });
    priceFormats.set(key, format);
  }
  return format.format(cents / 100);
}
