import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

function sameSitePath(referer: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return url.pathname + url.search;
  } catch {
    return "/";
  }
}

/** `/locale?set=en` stores the language choice and sends the shopper back where they were. */
export function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("set");
  // Back to the page the shopper was on, as a relative path: behind a proxy (or 127.0.0.1 vs
  // localhost) the server's idea of its own origin may differ from the browser's.
  const response = new NextResponse(null, { status: 303, headers: { Location: sameSitePath(request.headers.get("referer")) } });
  if (isLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
