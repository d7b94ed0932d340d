import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, pickLocale, type Locale } from "./locale";

/**
 * Pages take their language from the `[locale]` segment (setRequestLocale), so they read no
 * cookie or header and stay cacheable (docs/api.md#urls). Only requests outside the segment
 * (route handlers, the admin) fall back to the language cookie, then Accept-Language.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale: Locale = isLocale(requested) ? requested : await localeOfRequest();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "Europe/Paris",
  };
});

async function localeOfRequest(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
}
