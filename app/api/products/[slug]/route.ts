import { NextResponse, type NextRequest } from "next/server";
import { toApiProduct } from "@/lib/catalog/api-shape";
import { slugSchema } from "@/lib/catalog/listing-params";
import { getProduct } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { notFoundError, withApiErrors } from "@/lib/http/api-error";
import { catalogLocale, inLanguage } from "@/lib/http/locale-param";

export const dynamic = "force-dynamic";

/** One product, its texts in `?locale=` (French by default, docs/api.md#catalog). */
export const GET = withApiErrors(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const language = catalogLocale(request.nextUrl.searchParams);
  if ("error" in language) return language.error;
  const { locale } = language;
  const { slug } = await params;
  // A path segment that cannot be a slug names no product: 404 like any other unknown one,
  // answered without a query (and without echoing a 10 kB segment back).
  if (!slugSchema.safeParse(slug).success) return notFoundError("Product");
  const product = await getProduct(await getDb(), slug, locale);
  if (!product) return notFoundError(`Product "${slug}"`);
  return inLanguage(
    NextResponse.json(toApiProduct(product), {
      headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
    }),
    locale,
  );
});
