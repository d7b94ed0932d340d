import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { toApiProduct } from "@/lib/catalog/api-shape";
import { catalogChangesSince } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const feedQuery = z.object({
  // A cursor is a catalog version: digits only, and short enough to stay a safe integer.
  since: z
    .string()
    .regex(/^\d{1,15}$/, "must be a cursor returned by this feed (a non-negative integer)")
    .transform(Number)
    .default(0),
  limit: z.coerce.number().int("must be a whole number").min(1).max(1000).default(500),
});

/**
 * The offline mirror's feed: everything changed after `since`, `limit` products at a time;
 * repeat with the returned `cursor` while `hasMore`.
 */
export const GET = withApiErrors(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const { since, limit } = feedQuery.parse({
    since: params.get("since") || undefined,
    limit: params.get("limit") || undefined,
  });
  const changes = await catalogChangesSince(await getDb(), since, limit);
  return NextResponse.json(
    { ...changes, products: changes.products.map(toApiProduct) },
    // Shared caches may keep a copy but must ask again each time: a stale feed would skip changes.
    { headers: { "Cache-Control": "public, max-age=0, must-revalidate" } },
  );
});
