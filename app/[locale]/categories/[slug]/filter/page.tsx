import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CategoryView } from "@/components/catalog/category-view";
import { getCategoryCached, listCategorySizesCached } from "@/lib/catalog/cached";
import { parseListingParams } from "@/lib/catalog/listing-params";
import { listProducts } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locale";
import { categoryMetadata } from "@/lib/next/category-metadata";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const category = await getCategoryCached(slug, locale);
  return category ? { ...categoryMetadata(category, locale), robots: { index: false } } : {};
}

/**
 * `/categories/x` with free filters (price, sizes, later pages): proxy.ts rewrites it here. What
 * a shopper types is never a cache key, so this page reads the database per request.
 */
export default async function FilteredCategoryPage({ params, searchParams }: Props) {
  const [{ locale, slug }, search] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const parsed = parseListingParams({ ...search, category: slug });
  const category = await getCategoryCached(slug, locale);
  if (!category || !parsed.ok) notFound();
  const [result, sizes] = await Promise.all([listProducts(await getDb(), parsed.query, locale), listCategorySizesCached(slug, locale)]);
  return <CategoryView category={category} query={parsed.query} result={result} sizes={sizes} invertedPrice={parsed.invertedPrice} />;
}
