import { NextResponse, type NextRequest } from "next/server";
import { requestOrigin } from "@/lib/http/forwarded";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

/** `/locale?set=en` stores the language choice and sends the shopper back where they were. */
export function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("set");
  // Back to the page the shopper was on, as a relative path and only on this site (docs/security.md).
  const location = safeRedirectPath(request.headers.get("referer"), requestOrigin(request.headers));
  const response = new NextResponse(null, { status: 303, headers: { Location: location } });
  if (isLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
