import type { NextRequest } from "next/server";
import { z } from "zod";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { zodMessage, withApiErrors } from "@/lib/http/api-error";
import { catalogLocale, inLanguage } from "@/lib/http/locale-param";
import { privateError, privateJson } from "@/lib/http/private-response";
import { recentlyViewed } from "@/lib/history/queries";
import { visitorOfRequest } from "@/lib/visitor/request";

export const dynamic = "force-dynamic";

const historyQuery = z.object({
  limit: z.coerce.number().int().min(1).max(24).default(8),
  /** Leave this product out (the page the rail is on). */
  exclude: z.string().max(200).optional(),
});

/** Recently viewed products: the account's across devices when signed in, else this browser's; names in `?locale=`. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const language = catalogLocale(request.nextUrl.searchParams);
  if ("error" in language) return language.error;
  const { locale } = language;
  const parsed = historyQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return privateError(400, "bad_request", zodMessage(parsed.error));
  const { limit, exclude } = parsed.data;
  const current = await getSessionFromHeaders(request.headers);
  const { visitorId } = visitorOfRequest(request);
  const owner = current ? { userId: current.user.id } : visitorId ? { visitorId } : null;
  if (!owner) return inLanguage(privateJson({ items: [] }), locale);
  const items = (await recentlyViewed(await getDb(), owner, { limit: limit + 1, locale })).filter((item) => item.slug !== exclude).slice(0, limit);
  return inLanguage(privateJson({ items }), locale);
});
