import { getTranslations } from "next-intl/server";
import { WishlistButton } from "@/components/account/wishlist-button";
import { BuyBar } from "@/components/catalog/buy-bar";
import { BuyBox } from "@/components/catalog/buy-box";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { PreferredSize } from "@/components/catalog/preferred-size";
import { ProductJsonLd } from "@/components/catalog/product-json-ld";
import { VariantPicker } from "@/components/catalog/variant-picker";
import { RecentlyViewedRail } from "@/components/history/recently-viewed-rail";
import { ViewRecorder } from "@/components/history/view-recorder";
import { AvailabilitySummary } from "@/components/stores/availability-summary";
import { InStoreStock } from "@/components/in-store/in-store-stock";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCategoryCached } from "@/lib/catalog/cached";
import type { Product, Sku } from "@/lib/catalog/types";
import { imagesForColour } from "@/lib/catalog/variants";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A product page's body for one SKU: the same for every shopper, so it is cached whole
 * (docs/scaling.md). `/products/x` shows the default SKU; `/products/x?sku=Y` is the cached
 * page of that SKU (proxy.ts maps it to its own internal path).
 */
export async function ProductView({ product, sku, locale }: { product: Product; sku: Sku | undefined; locale: Locale }) {
  const [category, t, account] = await Promise.all([getCategoryCached(product.category, locale), getTranslations("product"), getTranslations("account")]);
  const images = imagesForColour(product, sku?.colour ?? null);
  return (
    // Phones: a compact picture beside the title, then the choices and the buy box, so the buy
    // action is on the first screen (docs/product-page.md#buying-within-thumb-reach); desktop:
    // the gallery on the left, the rest on the right.
    <article className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-4 gap-y-4 md:grid-cols-2 md:grid-rows-[auto_auto_auto_1fr] md:gap-x-8 md:gap-y-5">
      <ProductJsonLd product={product} locale={locale} />
      <div className="col-span-2">
        <Breadcrumbs trail={[...(category ? [{ href: `/categories/${category.slug}`, label: category.name }] : []), { label: product.name }]} />
      </div>
      <div className="md:col-start-1 md:row-span-3 md:row-start-2">
        <ProductGallery name={product.name} images={images} />
      </div>
      <div className="md:col-start-2 md:row-start-2">
        <p className="text-sm tracking-wide text-muted uppercase">{product.brand}</p>
        <h1 className="text-2xl font-semibold tracking-tight md:text-3xl">{product.name}</h1>
      </div>
      <div className="col-span-2 flex flex-col gap-5 md:sticky md:top-4 md:col-span-1 md:col-start-2 md:row-start-3 md:self-start">
        {sku && <InStoreStock product={product} sku={sku} locale={locale} />}
        {sku && <VariantPicker product={product} selected={sku} />}
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
      <div className="col-span-2">
        <RecentlyViewedRail heading={account("recentlyViewed")} exclude={product.slug} locale={locale} />
      </div>
      {sku && <BuyBar product={product} sku={sku} />}
      <ViewRecorder product={product.slug} sku={sku?.sku} />
    </article>
  );
}
