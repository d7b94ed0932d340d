import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CategoryView } from "@/components/catalog/category-view";
import { getCategoryCached, LISTING_PAGE_SIZE, listCategoryPageCached, listCategorySizesCached } from "@/lib/catalog/cached";
import { isLocale } from "@/lib/i18n/locale";
import { categoryMetadata } from "@/lib/next/category-metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * The unfiltered category page, cached (docs/scaling.md). Known sorts and the first pages have
 * cached pages of their own (sorted/[sort]/[page]); free filters go to filter/, per request.
 * proxy.ts picks one from the query string.
 */
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

export default async function CategoryPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const category = await getCategoryCached(slug, locale);
  if (!category) notFound();
  const [result, sizes] = await Promise.all([listCategoryPageCached(slug, "newest", 1, locale), listCategorySizesCached(slug, locale)]);
  return <CategoryView category={category} query={{ category: slug, page: 1, limit: LISTING_PAGE_SIZE }} result={result} sizes={sizes} />;
}
