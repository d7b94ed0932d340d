import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductListing } from "@/components/catalog/product-listing";
import { parseListingParams } from "@/lib/catalog/listing-params";
import { listProducts } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";

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
  // What a shopper types is never a cache key (docs/scaling.md): searched per request.
  const result = await listProducts(await getDb(), parsed.query);
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
