import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CategoryView } from "@/components/catalog/category-view";
import { getCategoryCached, LISTING_PAGE_SIZE, listCategoryPageCached, listCategorySizesCached } from "@/lib/catalog/cached";
import { cachedListingView } from "@/lib/catalog/cached-paths";
import { isLocale } from "@/lib/i18n/locale";
import { categoryMetadata } from "@/lib/next/category-metadata";

type Props = { params: Promise<{ locale: string; slug: string; sort: string; page: string }> };

/** `/categories/x?sort=…&page=…` with a known sort and one of the first pages (proxy.ts rewrites it here), cached. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const category = await getCategoryCached(slug, locale);
  return category ? categoryMetadata(category, locale) : {};
}

export default async function SortedCategoryPage({ params }: Props) {
  const { locale, slug, sort: rawSort, page: rawPage } = await params;
  const view = cachedListingView(rawSort, rawPage);
  if (!isLocale(locale) || !view) notFound();
  setRequestLocale(locale);
  const category = await getCategoryCached(slug, locale);
  if (!category) notFound();
  const [result, sizes] = await Promise.all([listCategoryPageCached(slug, view.sort, view.page, locale), listCategorySizesCached(slug, locale)]);
  return <CategoryView category={category} query={{ category: slug, sort: view.sort, page: view.page, limit: LISTING_PAGE_SIZE }} result={result} sizes={sizes} />;
}
