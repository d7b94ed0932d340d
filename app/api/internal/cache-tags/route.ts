import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { notFoundError, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { INTERNAL_TOKEN_HEADER } from "@/lib/next/cache-tag-listener";
import { isInternalToken } from "@/lib/next/internal-token";

export const dynamic = "force-dynamic";

const body = z.object({
  tags: z.array(z.string().min(1).max(256)).min(1).max(500),
  /** "expire": the next request renders afresh; "max": served stale while it re-renders. */
  mode: z.enum(["expire", "max"]),
});

/**
 * Revalidates cache tags in this server (docs/scaling.md). Only the process's own cache-tag
 * listener can call it (a per-process secret): Next revalidates tags inside a request only.
 * Anyone else gets 404, as if the route did not exist.
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  if (!isInternalToken(request.headers.get(INTERNAL_TOKEN_HEADER))) return notFoundError("Route");
  const parsed = await readJsonBody(request, body);
  if (!parsed.ok) return parsed.response;
  for (const tag of parsed.value.tags) revalidateTag(tag, parsed.value.mode === "expire" ? { expire: 0 } : "max");
  return new Response(null, { status: 204 });
});
