import { NextResponse, type NextRequest } from "next/server";
import { cleanSource, isVisitorId, newVisitorId, SOURCE_COOKIE, VISITOR_COOKIE, VISITOR_MAX_AGE } from "./lib/visitor/cookie";

/**
 * Gives each browser a first-party visitor cookie on its first page (docs/accounts.md), and keeps
 * the campaign it came from (utm_source) for the browser session. Only a response that sets
 * one of them carries Set-Cookie: every later page stays as cacheable as the page itself is.
 */
export function proxy(request: NextRequest) {
  const visitor = request.cookies.get(VISITOR_COOKIE)?.value;
  const source = cleanSource(request.nextUrl.searchParams.get("utm_source"));
  const needsVisitor = !isVisitorId(visitor);
  const needsSource = source !== null && request.cookies.get(SOURCE_COOKIE)?.value !== source;
  if (!needsVisitor && !needsSource) return NextResponse.next();

  const secure = request.nextUrl.protocol === "https:";
  const visitorId = needsVisitor ? newVisitorId() : visitor!;
  // The page rendered for this very request sees the new cookies too.
  request.cookies.set(VISITOR_COOKIE, visitorId);
  if (source) request.cookies.set(SOURCE_COOKIE, source);
  const response = NextResponse.next({ request: { headers: request.headers } });
  if (needsVisitor) {
    response.cookies.set(VISITOR_COOKIE, visitorId, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: VISITOR_MAX_AGE });
  }
  if (needsSource && source) response.cookies.set(SOURCE_COOKIE, source, { httpOnly: true, sameSite: "lax", secure, path: "/" });
  return response;
}

export const config = {
  // Pages only: static files, images, the service worker and the API do not need it
  // (POST /api/events sets the cookie itself when a page was served from a cache).
  matcher: ["/((?!_next/|api/|images/|icons/|sw\\.js|manifest\\.webmanifest|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)"],
};
