import type { Product } from "@/lib/catalog/types";
import { productImageUrl } from "@/lib/catalog/images";
import { siteUrl } from "@/lib/http/site-url";
import { localizedPath } from "@/lib/i18n/paths";

/** schema.org Product with one Offer per SKU, for search engines' rich results, in the page's language and at its URL. */
export function ProductJsonLd({ product, locale }: { product: Product; locale: string }) {
  const origin = siteUrl();
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    brand: { "@type": "Brand", name: product.brand },
    image: product.images.map((key) => `${origin}${productImageUrl(key, 960, "webp")}`),
    sku: product.skus[0]?.sku,
    offers: product.skus.map((sku) => ({
      "@type": "Offer",
      sku: sku.sku,
      name: sku.label,
      price: (sku.priceCents / 100).toFixed(2),
      priceCurrency: product.currency,
      availability:
        sku.onlineStock > 0
          ? "https://schema.org/InStock"
          : sku.storeStock > 0
            ? "https://schema.org/InStoreOnly"
            : "https://schema.org/OutOfStock",
      url: `${origin}${localizedPath(`/products/${product.slug}?sku=${encodeURIComponent(sku.sku)}`, locale)}`,
    })),
  };
  // "<" is escaped so a product text can never close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
