import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { WishlistButton } from "@/components/account/wishlist-button";
import { BuyBox } from "@/components/catalog/buy-box";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { ProductJsonLd } from "@/components/catalog/product-json-ld";
import { PreferredSize } from "@/components/catalog/preferred-size";
import { SkuSelector } from "@/components/catalog/sku-selector";
import { RecentlyViewedRail } from "@/components/history/recently-viewed-rail";
import { ViewRecorder } from "@/components/history/view-recorder";
import { AvailabilitySummary } from "@/components/stores/availability-summary";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCategoryCached } from "@/lib/catalog/cached";
import { productImageUrl } from "@/lib/catalog/images";
import { getProduct } from "@/lib/catalog/queries";
import { chooseSku } from "@/lib/catalog/sku-choice";
import { getDb } from "@/lib/db/client";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sku?: string | string[] }> };

// Stock is live on product pages: one query per request, shared by metadata and page.
const loadProduct = cache(async (slug: string) => getProduct(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const product = await loadProduct(slug);
  if (!product) return {};
  const image = product.images[0];
  return {
    title: product.name,
    description: product.description,
    alternates: { canonical: `/products/${slug}` },
    openGraph: { title: product.name, description: product.description, images: image ? [productImageUrl(image, 960, "webp")] : [] },
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, { sku: requested }] = await Promise.all([params, searchParams]);
  const product = await loadProduct(slug);
  if (!product) notFound();
  const sku = chooseSku(product, typeof requested === "string" ? requested : undefined);
  const [category, t, account, locale] = await Promise.all([
    getCategoryCached(product.category),
    getTranslations("product"),
    getTranslations("account"),
    getLocale(),
  ]);
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
