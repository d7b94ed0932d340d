import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "./lib/auth/session-cookie";
import { internalCatalogPath } from "./lib/catalog/cached-paths";
import { routing } from "./lib/i18n/routing";

const localized = createMiddleware(routing);

/**
 * One language per URL (docs/api.md#urls): French pages keep their unprefixed URLs and are
 * rewritten to the internal `fr` segment, `/en/…` is English, `/fr/…` redirects to the
 * unprefixed URL. Bounded query choices (a SKU, a known sort) get cached pages of their own and
 * free filters a per-request page (lib/catalog/cached-paths.ts). Sets no cookie: the visitor
 * cookie comes with POST /api/events, so a page is the same response for everyone and a cache
 * can keep it (docs/scaling.md). The admin stays outside the locale segment.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (/^\/admin(?:\/|$)/.test(pathname)) return NextResponse.next();
  const signedIn = hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));
  const internal = internalCatalogPath(pathname, searchParams, signedIn);
  if (!internal) return localized(request);
  // From request.url, not nextUrl: NextURL says "localhost" for 127.0.0.1, another origin to Next.
  const url = new URL(internal.pathname, request.url);
  if (internal.keepQuery) url.search = request.nextUrl.search;
  return NextResponse.rewrite(url);
}

/**
 * The cached catalog pages (`/`, `/en`, `/products/x`, `/categories/x`) skip this function unless
 * it changes them: a proxy call costs about a fifth of a cached page hit (docs/benchmarks.md,
 * run 6). Their French URLs are rewritten to the `fr` segment by next.config.js (`rewrites`).
 * They still come here with a session cookie (home → welcome-back), `?sku`, or a listing key
 * (LISTING_KEYS in lib/catalog/cached-paths.ts). Every other page still comes here: some read
 * their language from next-intl's request header, not the segment. Literal: Next reads this
 * object without running the file.
 */
export const config = {
  matcher: [
    // Pages only: static files, images, the scanner's decoder, the service worker and the API are not localized.
    "/((?!$|en$|_next/|api/|images/|icons/|scanner/|locale|sw\\.js|manifest\\.webmanifest|favicon\\.ico|robots\\.txt|sitemap\\.xml|(?:en/)?products/[^/]+$|(?:en/)?categories/[^/]+$).*)",
    { source: "/:locale(en)?", has: [{ type: "cookie", key: "better-auth.session_token" }] },
    { source: "/:locale(en)?", has: [{ type: "cookie", key: "__Secure-better-auth.session_token" }] },
    { source: "/:locale(en)?/products/:slug", has: [{ type: "query", key: "sku" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "q" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "size" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "min" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "max" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "sort" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "page" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "limit" }] },
    { source: "/:locale(en)?/categories/:slug", has: [{ type: "query", key: "category" }] },
  ],
};
