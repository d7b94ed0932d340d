import { DEFAULT_LOCALE } from "./locales";

/**
 * A site path in a language (docs/api.md#urls): French unprefixed, English under /en.
 * Pure: links, redirects, metadata and the proxy's tests share it.
 */
export function localizedPath(href: string, locale: string | undefined): string {
  if (!href.startsWith("/") || href.startsWith("//") || !locale || locale === DEFAULT_LOCALE) return href;
  return href === "/" ? `/${locale}` : href.startsWith("/?") ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}

/** The path without its language prefix. */
export function withoutLocale(pathname: string): string {
  return pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
}
