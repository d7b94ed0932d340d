import { ProductListing } from "@/components/catalog/product-listing";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { Category, ProductPage, ProductQuery, SizeChoice } from "@/lib/catalog/types";

/** A category page's body: the cached unfiltered and sorted pages and the per-request filtered one share it. */
export function CategoryView({
  category,
  query,
  result,
  sizes,
  invertedPrice,
}: {
  category: Category;
  query: ProductQuery;
  result: ProductPage;
  sizes: SizeChoice[];
  invertedPrice?: { minCents: number; maxCents: number };
}) {
  return (
    <>
      <Breadcrumbs trail={[{ label: category.name }]} />
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{category.name}</h1>
      <ProductListing
        basePath={`/categories/${category.slug}`}
        query={query}
        result={result}
        sizes={sizes}
        sorts={["newest", "price-asc", "price-desc", "name"]}
        invertedPrice={invertedPrice}
      />
    </>
  );
}
