import type { NextRequest } from "next/server";
import { z } from "zod";
import { catalogFeedPageCached } from "@/lib/catalog/cached";
import { FEED_MAX_LIMIT } from "@/lib/catalog/feed-limits";
import { withApiErrors } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const feedQuery = z.object({
  // A cursor is a catalog version: digits only, and short enough to stay a safe integer.
  since: z
    .string()
    .regex(/^\d{1,15}$/, "must be a cursor returned by this feed (a non-negative integer)")
    .transform(Number)
    .default(0),
  limit: z.coerce.number().int("must be a whole number").min(1).max(FEED_MAX_LIMIT).default(500),
});

/**
 * The offline mirror's feed: everything changed after `since`, `limit` products at a time;
 * repeat with the returned `cursor` while `hasMore`. The pages a first sync asks for come from
 * the server's cache (docs/offline.md).
 */
export const GET = withApiErrors(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const { since, limit } = feedQuery.parse({
    since: params.get("since") || undefined,
    limit: params.get("limit") || undefined,
  });
  return new Response(await catalogFeedPageCached(since, limit), {
    headers: {
      "Content-Type": "application/json",
      // Shared caches may keep a copy but must ask again each time: a stale feed would skip changes.
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
});
