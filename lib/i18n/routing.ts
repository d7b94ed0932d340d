import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locale";

/**
 * One language per URL (docs/api.md#urls): French at the unprefixed URLs (proxy.ts rewrites them
 * to the internal `fr` segment), English under `/en/…`. No detection and no cookie: the URL alone
 * decides, so a page's HTML is the same for everyone who asks for that URL and a CDN can keep it.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});
