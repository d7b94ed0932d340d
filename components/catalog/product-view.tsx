import { getTranslations } from "next-intl/server";
import { WishlistButton } from "@/components/account/wishlist-button";
import { BuyBox } from "@/components/catalog/buy-box";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { PreferredSize } from "@/components/catalog/preferred-size";
import { ProductJsonLd } from "@/components/catalog/product-json-ld";
import { SkuSelector } from "@/components/catalog/sku-selector";
import { RecentlyViewedRail } from "@/components/history/recently-viewed-rail";
import { ViewRecorder } from "@/components/history/view-recorder";
import { AvailabilitySummary } from "@/components/stores/availability-summary";
import { InStoreStock } from "@/components/in-store/in-store-stock";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCategoryCached } from "@/lib/catalog/cached";
import type { Product, Sku } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A product page's body for one SKU: the same for every shopper, so it is cached whole
 * (docs/scaling.md). `/products/x` shows the default SKU; `/products/x?sku=Y` is the cached
 * page of that SKU (proxy.ts maps it to its own internal path).
 */
export async function ProductView({ product, sku, locale }: { product: Product; sku: Sku | undefined; locale: Locale }) {
  const [category, t, account] = await Promise.all([getCategoryCached(product.category), getTranslations("product"), getTranslations("account")]);
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <ProductJsonLd product={product} />
      <div className="md:col-span-2">
        <Breadcrumbs trail={[...(category ? [{ href: `/categories/${category.slug}`, label: category.name }] : []), { label: product.name }]} />
      </div>
      <ProductGallery name={product.name} images={product.images} />
      <div className="flex flex-col gap-5 md:sticky md:top-4 md:self-start">
        <div>
          <p className="text-sm tracking-wide text-muted uppercase">{product.brand}</p>
          <h1 className="text-3xl font-semibold tracking-tight">{product.name}</h1>
        </div>
        {sku && <InStoreStock product={product} sku={sku} locale={locale} />}
        {sku && <SkuSelector productSlug={product.slug} skus={product.skus} selected={sku.sku} />}
        {sku && <PreferredSize productSlug={product.slug} category={product.category} skus={product.skus.map(({ sku, size, onlineStock }) => ({ sku, size, onlineStock }))} selected={sku.sku} />}
        {sku && <BuyBox product={product} sku={sku} />}
        <WishlistButton
          product={product.slug}
          texts={{ add: account("addToWishlist"), remove: account("removeFromWishlist"), signIn: account("wishlistSignIn") }}
        />
        {sku && <AvailabilitySummary product={product} sku={sku} />}
        <section>
          <h2 className="mb-1 font-semibold">{t("description")}</h2>
          <p className="leading-relaxed text-muted">{product.description}</p>
        </section>
      </div>
      <div className="md:col-span-2">
        <RecentlyViewedRail heading={account("recentlyViewed")} exclude={product.slug} locale={locale} />
      </div>
      <ViewRecorder product={product.slug} sku={sku?.sku} />
    </article>
  );
}
