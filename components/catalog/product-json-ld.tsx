import type { Product } from "@/lib/catalog/types";
import { productImageUrl } from "@/lib/catalog/images";
import { siteUrl } from "@/lib/http/site-url";

/** schema.org Product with one Offer per SKU, for search engines' rich results. */
export function ProductJsonLd({ product }: { product: Product }) {
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
      url: `${origin}/products/${product.slug}?sku=${encodeURIComponent(sku.sku)}`,
    })),
  };
  // "<" is escaped so a product text can never close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
