import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ProductView } from "@/components/catalog/product-view";
import { getProductCached } from "@/lib/catalog/cached";
import { productMetadata } from "@/lib/next/page-metadata";
import { isLocale } from "@/lib/i18n/locale";

type Props = { params: Promise<{ locale: string; slug: string; sku: string }> };

/**
 * `/products/x?sku=Y` (proxy.ts rewrites it here): the product page with that SKU chosen,
 * cached per SKU. Only the product's own SKUs render; any other code is "not found".
 */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const product = await getProductCached(slug, locale);
  return product ? productMetadata(product, locale) : {};
}

export default async function ProductSkuPage({ params }: Props) {
  const { locale, slug, sku: code } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const product = await getProductCached(slug, locale);
  const sku = product?.skus.find((candidate) => candidate.sku === decodeURIComponent(code));
  if (!product || !sku) notFound();
  return <ProductView product={product} sku={sku} locale={locale} />;
}
