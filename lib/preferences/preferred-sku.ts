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
