import { productImageUrl } from "./images";
import type { Product, ProductSummary } from "./types";

/**
 * The database keeps image keys; API clients (the offline mirror, other apps) get URLs they can
 * fetch as they are, so they need not know the image route's naming. One size for everyone:
 * the largest, WebP (every browser that runs the service worker decodes it).
 */
export const apiImageUrl = (key: string) => productImageUrl(key, 960, "webp");

export function toApiProduct<T extends Product>(product: T): T {
  return { ...product, images: product.images.map(apiImageUrl) };
}

export function toApiProductSummary(summary: ProductSummary): ProductSummary {
  return { ...summary, image: apiImageUrl(summary.image) };
}
