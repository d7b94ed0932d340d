import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductListing } from "@/components/catalog/product-listing";
import { listProductsCached } from "@/lib/catalog/cached";
import { parseListingParams } from "@/lib/catalog/listing-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title"), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseListingParams(await searchParams);
  if (!parsed.ok) notFound();
  const t = await getTranslations("search");
  const q = parsed.query.q;
  if (!q) {
    return <h1 className="text-2xl font-semibold">{t("prompt")}</h1>;
  }
  const result = await listProductsCached(parsed.query);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("resultsFor", { q })}</h1>
      {result.total === 0 ? (
        <p className="mt-6 rounded-md bg-white p-6">{t("noResults", { q })}</p>
      ) : (
        <ProductListing
          basePath="/search"
          query={parsed.query}
          result={result}
          sizes={[]}
          sorts={["relevance", "newest", "price-asc", "price-desc", "name"]}
          hidden={{ q }}
        />
      )}
    </>
  );
}
