import { isValidGtin } from "../catalog/gtin";
import { withoutLocale } from "../i18n/paths";
import { SKU_CODE } from "../orders/order-request";

/**
 * What a scanned or typed code points at (docs/in-store.md): an EAN-13 on a tag (or any GTIN),
 * a shelf label's QR code (a product URL of this shop, or a GTIN), or a typed SKU reference.
 * Pure: the scanner, the typed field and the tests share it.
 */
export type ScanTarget = { kind: "gtin"; gtin: string } | { kind: "product"; slug: string; sku: string | null } | { kind: "sku"; sku: string };

const PRODUCT_PATH = /^\/products\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/** `origin` is this shop's; a URL of another site is not followed. Null when the code means nothing here. */
export function parseScannedCode(raw: string, origin: string): ScanTarget | null {
  const text = raw.trim();
  const digits = text.replace(/[\s-]/g, "");
  if (/^\d+$/.test(digits)) return isValidGtin(digits) ? { kind: "gtin", gtin: digits } : null;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (url.origin !== origin) return null;
    const match = PRODUCT_PATH.exec(withoutLocale(url.pathname));
    if (!match) return null;
    const sku = url.searchParams.get("sku");
    return { kind: "product", slug: match[1]!, sku: sku && SKU_CODE.test(sku) ? sku : null };
  }
  return SKU_CODE.test(text) ? { kind: "sku", sku: text } : null;
}

/** The product page of a SKU, that SKU selected (docs/api.md#urls: `?sku=`). */
export function productUrl(slug: string, sku: string | null): string {
  return sku ? `/products/${slug}?sku=${encodeURIComponent(sku)}` : `/products/${slug}`;
}
