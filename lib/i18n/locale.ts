import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** Locale choice, pure so it can be tested and reused by route handlers. */
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale };
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * For requests outside the locale segment (route handlers, the admin): the cookie wins; else the
 * best match of Accept-Language (negotiator ranks it, intl-localematcher matches it); else French.
 */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  const matched = match(ranked.flatMap(canonical), LOCALES, DEFAULT_LOCALE);
  return isLocale(matched) ? matched : DEFAULT_LOCALE;
}

/** A well-formed BCP 47 tag, canonicalised; nothing for "*" or a malformed tag (Intl throws on it). */
function canonical(tag: string): string[] {
  try {
    return Intl.getCanonicalLocales(tag);
  } catch {
    return [];
  }
}
