import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

/** `/locale?set=en` stores the language choice and sends the shopper back where they were. */
export function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("set");
  const referer = request.headers.get("referer");
  const back = referer && new URL(referer).origin === request.nextUrl.origin ? new URL(referer) : new URL("/", request.nextUrl);
  const response = NextResponse.redirect(back, 303);
  if (isLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
