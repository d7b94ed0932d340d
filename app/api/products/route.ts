import { NextResponse, type NextRequest } from "next/server";
import { toApiProductSummary } from "@/lib/catalog/api-shape";
import { parseListingParams } from "@/lib/catalog/listing-params";
import { getCategory, listProducts } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { badRequest, notFoundError, withApiErrors } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

/** Same parameters as the listing and search pages (category, q, size, min, max, sort, page, limit). */
export const GET = withApiErrors(async (request: NextRequest) => {
  const parsed = parseListingParams(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.message);
  if (parsed.invertedPrice) return badRequest("min: must not exceed max");
  const { query } = parsed;
  const db = await getDb();
  const [category, page] = await Promise.all([
    query.category ? getCategory(db, query.category) : null,
    listProducts(db, query),
  ]);
  // An empty list would hide a typo in the category slug.
  if (query.category && !category) return notFoundError(`Category "${query.category}"`);
  return NextResponse.json(
    { items: page.items.map(toApiProductSummary), total: page.total, page: page.page },
    { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } },
  );
});
