import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ProductListing } from "@/components/catalog/product-listing";
import { getCategoryCached, listCategorySizesCached, listProductsCached } from "@/lib/catalog/cached";
import { parseListingParams } from "@/lib/catalog/listing-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategoryCached(slug);
  if (!category) return {};
  return { title: category.name, alternates: { canonical: `/categories/${slug}` } };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const parsed = parseListingParams({ ...search, category: slug });
  const category = await getCategoryCached(slug);
  if (!category || !parsed.ok) notFound();
  const [result, sizes] = await Promise.all([listProductsCached(parsed.query), listCategorySizesCached(slug)]);
  return (
    <>
      <Breadcrumbs trail={[{ label: category.name }]} />
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{category.name}</h1>
      <ProductListing
        basePath={`/categories/${slug}`}
        query={parsed.query}
        result={result}
        sizes={sizes}
        sorts={["newest", "price-asc", "price-desc", "name"]}
      />
    </>
  );
}
