import { NextResponse, type NextRequest } from "next/server";
import { toApiProductSummary } from "@/lib/catalog/api-shape";
import { parseListingParams } from "@/lib/catalog/listing-params";
import { getCategory, listProducts } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { badRequest, notFoundError, withApiErrors } from "@/lib/http/api-error";
import { catalogLocale, inLanguage } from "@/lib/http/locale-param";

export const dynamic = "force-dynamic";

/** Same parameters as the listing and search pages (category, q, size, min, max, sort, page, limit), and `locale`. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const language = catalogLocale(request.nextUrl.searchParams);
  if ("error" in language) return language.error;
  const { locale } = language;
  const parsed = parseListingParams(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.message);
  if (parsed.invertedPrice) return badRequest("min: must not exceed max");
  const { query } = parsed;
  const db = await getDb();
  const [category, page] = await Promise.all([
    query.category ? getCategory(db, query.category, locale) : null,
    listProducts(db, query, locale),
  ]);
  // An empty list would hide a typo in the category slug.
  if (query.category && !category) return notFoundError(`Category "${query.category}"`);
  return inLanguage(
    NextResponse.json(
      { items: page.items.map(toApiProductSummary), total: page.total, page: page.page },
      { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } },
    ),
    locale,
  );
});
