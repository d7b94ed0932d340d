import { NextResponse, type NextRequest } from "next/server";
import { toApiProduct } from "@/lib/catalog/api-shape";
import { slugSchema } from "@/lib/catalog/listing-params";
import { getProduct } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { notFoundError, withApiErrors } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  // A path segment that cannot be a slug names no product: 404 like any other unknown one,
  // answered without a query (and without echoing a 10 kB segment back).
  if (!slugSchema.safeParse(slug).success) return notFoundError("Product");
  const product = await getProduct(await getDb(), slug);
  if (!product) return notFoundError(`Product "${slug}"`);
  return NextResponse.json(toApiProduct(product), {
    headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
  });
});
