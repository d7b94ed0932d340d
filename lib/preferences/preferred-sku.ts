/** The SKU fields the choice needs (a catalog `Sku` fits). */
export interface SizedSku {
  sku: string;
  size: string | null;
  onlineStock: number;
}

/**
 * The SKU in the shopper's saved size for this product's category (docs/engagement.md#using-preferences):
 * one buyable online first, else any in that size; none when no size is saved or the product
 * does not come in it. Pure: the product page's island runs it in the browser.
 */
export function skuInPreferredSize<T extends SizedSku>(skus: readonly T[], category: string, sizes: Readonly<Record<string, string>>): T | undefined {
  const size = sizes[category];
  if (!size) return undefined;
  const inSize = skus.filter((sku) => sku.size === size);
  return inSize.find((sku) => sku.onlineStock > 0) ?? inSize[0];
}

/**
 * The SKU for sizes the shopper asked for (a category's `?size=` filter, carried by the listing's
 * links, docs/product-page.md#variants): the first asked size the product comes in, one buyable
 * online first.
 */
export function skuInSizes<T extends SizedSku>(skus: readonly T[], sizes: readonly string[]): T | undefined {
  for (const size of sizes) {
    const inSize = skus.filter((sku) => sku.size === size);
    const found = inSize.find((sku) => sku.onlineStock > 0) ?? inSize[0];
    if (found) return found;
  }
  return undefined;
}
