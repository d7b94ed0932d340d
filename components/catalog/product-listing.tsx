import { getTranslations } from "next-intl/server";
import type { ProductPage, ProductQuery, SizeChoice, Sort } from "@/lib/catalog/types";
import { ActiveFilters } from "./active-filters";
import { ListingFilters } from "./listing-filters";
import { Pagination } from "./pagination";
import { ProductCard, ProductGrid } from "./product-card";

/** Filters beside a product grid with pagination: the body of category and search pages. */
export async function ProductListing({
  basePath,
  query,
  result,
  sizes,
  sorts,
  hidden,
  invertedPrice,
}: {
  basePath: string;
  query: ProductQuery;
  result: ProductPage;
  sizes: SizeChoice[];
  sorts: Sort[];
  hidden?: Record<string, string>;
  /** A minimum price above the maximum was asked: the listing ignores the range and says so. */
  invertedPrice?: { minCents: number; maxCents: number };
}) {
  const t = await getTranslations("catalog");
  const params = new URLSearchParams(hidden);
  if (query.sort) params.set("sort", query.sort);
  for (const size of query.sizes ?? []) params.append("size", size);
  if (query.minCents !== undefined) params.set("min", String(query.minCents / 100));
  if (query.maxCents !== undefined) params.set("max", String(query.maxCents / 100));
  const pages = Math.max(1, Math.ceil(result.total / query.limit));
  return (
    <div className="mt-6 grid gap-8 md:grid-cols-[15rem_1fr]">
      <details className="filters-panel rounded-md border border-line bg-white p-4 md:border-0 md:bg-transparent md:p-0">
        <summary className="cursor-pointer font-semibold">{t("filters")}</summary>
        <div className="mt-4 md:mt-0">
          <ListingFilters action={basePath} query={invertedPrice ? { ...query, ...invertedPrice } : query} sizes={sizes} sorts={sorts} hidden={hidden} />
        </div>
      </details>
      {/* The count is the results' heading: the cards' h3 come under an h2, not straight under the page's h1. */}
      <section aria-labelledby="listing-count">
        <ActiveFilters basePath={basePath} query={query} sizes={sizes} hidden={hidden} invertedPrice={invertedPrice} />
        <h2 id="listing-count" className="mb-4 text-sm font-normal text-muted">
          {t("products", { count: result.total })}
        </h2>
        {result.items.length === 0 ? (
          <p className="rounded-md bg-white p-6 text-center">{t("empty")}</p>
        ) : (
          <ProductGrid>
            {result.items.map((product, index) => (
              <ProductCard key={product.slug} product={product} priority={index < 2} sizes={query.sizes} />
            ))}
          </ProductGrid>
        )}
        <Pagination basePath={basePath} params={params} page={query.page} pages={pages} />
      </section>
    </div>
  );
}
