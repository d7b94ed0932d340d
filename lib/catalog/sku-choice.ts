import type { Product, Sku } from "./types";

/**
 * The SKU a product page shows: the one in `?sku=` if it belongs to the product, else the
 * first one buyable online, else the first. Pure so the offline shell picks the same one.
 */
export function chooseSku(product: Product, requested: string | undefined): Sku | undefined {
  return (
    product.skus.find((sku) => sku.sku === requested) ??
    product.skus.find((sku) => sku.onlineStock > 0) ??
    product.skus[0]
  );
}

export type OnlineStatus = { kind: "inStock" } | { kind: "onlyLeft"; count: number } | { kind: "soldOutOnline"; inStores: boolean };

/** What the buy box says and offers for a SKU (docs/stores-and-pickup.md: no "add to cart" without online stock). */
export function onlineStatus(sku: Sku): OnlineStatus {
  if (sku.onlineStock <= 0) return { kind: "soldOutOnline", inStores: sku.storeStock > 0 };
  if (sku.onlineStock <= 2) return { kind: "onlyLeft", count: sku.onlineStock };
  return { kind: "inStock" };
}

export function availabilityUrl(productSlug: string, sku: string): string {
  return `/products/${productSlug}/stores?sku=${encodeURIComponent(sku)}`;
}
