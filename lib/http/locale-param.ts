import type { NextResponse } from "next/server";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locales";
import { badRequest } from "./api-error";

/**
 * The catalog API's `?locale=` (docs/api.md#catalog): the language of the texts answered,
 * French by default. Explicit in the URL, never taken from a cookie or Accept-Language, so an
 * answer stays cacheable by URL. An unknown locale is a 400, not a silent fallback.
 */
export function catalogLocale(params: URLSearchParams): { locale: Locale } | { error: NextResponse } {
  const value = params.get("locale");
  if (value === null || value === "") return { locale: DEFAULT_LOCALE };
  if (isLocale(value)) return { locale: value };
  return { error: badRequest(`locale: must be one of ${LOCALES.join(", ")}`) };
}

/** Names the answer's language (`Content-Language`). */
export function inLanguage<T extends Response>(response: T, locale: Locale): T {
  response.headers.set("Content-Language", locale);
  return response;
}
