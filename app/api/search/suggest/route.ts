import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { listCategoriesCached } from "@/lib/catalog/cached";
import { getDb } from "@/lib/db/client";
import { badRequest, withApiErrors, zodMessage } from "@/lib/http/api-error";
import { catalogLocale, inLanguage } from "@/lib/http/locale-param";
import { suggest } from "@/lib/search/suggestions";

export const dynamic = "force-dynamic";

const suggestQuery = z.object({ q: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters") });

/**
 * Suggestions while typing: a few products and categories for `q` (docs/search.md#suggestions).
 * What a shopper types is never a server cache key (docs/scaling.md): the browser alone may
 * keep an answer for a minute.
 */
export const GET = withApiErrors(async (request: NextRequest) => {
  const language = catalogLocale(request.nextUrl.searchParams);
  if ("error" in language) return language.error;
  const { locale } = language;
  const parsed = suggestQuery.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
  if (!parsed.success) return badRequest(zodMessage(parsed.error));
  const [db, categories] = await Promise.all([getDb(), listCategoriesCached(locale)]);
  return inLanguage(NextResponse.json(await suggest(db, categories, parsed.data.q, locale), { headers: { "Cache-Control": "private, max-age=60" } }), locale);
});
