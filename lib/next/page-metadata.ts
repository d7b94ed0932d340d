import type { Metadata } from "next";
import { productImageUrl } from "../catalog/images";
import type { Product } from "../catalog/types";
import { LOCALES, type Locale } from "../i18n/locale";
import { localizedPath } from "../i18n/paths";

/**
 * A page's canonical URL in its language and its hreflang alternates (docs/api.md#urls): French
 * unprefixed (also the x-default), English under /en. Relative: metadataBase makes them absolute.
 */
export function localizedAlternates(path: string, locale: Locale): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((code) => [code, localizedPath(path, code)]));
  languages["x-default"] = localizedPath(path, "fr");
  return { canonical: localizedPath(path, locale), languages };
}

export function productMetadata(product: Product, locale: Locale): Metadata {
  const image = product.images[0];
  return {
    title: product.name,
    description: product.description,
    alternates: localizedAlternates(`/products/${product.slug}`, locale),
    openGraph: { title: product.name, description: product.description, images: image ? [productImageUrl(image, 960, "webp")] : [] },
  };
}
