import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductListing } from "@/components/catalog/product-listing";
import { SearchHelp } from "@/components/search/search-help";
import { listCategoriesCached } from "@/lib/catalog/cached";
import { parseListingParams } from "@/lib/catalog/listing-params";
import { listProducts } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locale";
import { narrowerQueries } from "@/lib/search/narrower";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  const parsed = parseListingParams(raw);
  if (!parsed.ok || !isLocale(locale)) notFound();
  const [t, help, categories] = await Promise.all([getTranslations("search"), getTranslations("searchHelp"), listCategoriesCached(locale)]);
  const q = parsed.query.q;
  if (!q) {
    return (
      <>
        <h1 className="text-2xl font-semibold tracking-tight">{t("prompt")}</h1>
        <SearchHelp intro={help("emptyIntro")} categories={categories} />
      </>
    );
  }
  // What a shopper types is never a cache key (docs/scaling.md): searched per request.
  const db = await getDb();
  const result = await listProducts(db, parsed.query, locale);
  if (result.total === 0 && !parsed.query.sizes && parsed.query.minCents === undefined && parsed.query.maxCents === undefined) {
    const instead = await narrowerQueries(db, q);
    return (
      <>
        <h1 className="text-2xl font-semibold tracking-tight">{t("resultsFor", { q })}</h1>
        <p className="mt-4">{t("noResults", { q })}</p>
        <SearchHelp intro={help("noResultsTips")} categories={categories} instead={instead} />
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("resultsFor", { q })}</h1>
      <ProductListing
        basePath="/search"
        query={parsed.query}
        result={result}
        sizes={[]}
        sorts={["relevance", "newest", "price-asc", "price-desc", "name"]}
        hidden={{ q }}
        invertedPrice={parsed.invertedPrice}
      />
    </>
  );
}
