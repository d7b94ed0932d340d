import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ProductView } from "@/components/catalog/product-view";
import { getProductCached } from "@/lib/catalog/cached";
import { productMetadata } from "@/lib/next/page-metadata";
import { chooseSku } from "@/lib/catalog/sku-choice";
import { isLocale } from "@/lib/i18n/locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on the first request, then served from the cache (docs/scaling.md): stock changes
// revalidate it by tag at once; the time limit is what a CDN may keep it.
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

export default async function ProductPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const product = await getProductCached(slug, locale);
  if (!product) notFound();
  return <ProductView product={product} sku={chooseSku(product, undefined)} locale={locale} />;
}
