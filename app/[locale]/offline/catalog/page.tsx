import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";
import { CatalogShell } from "@/components/pwa/catalog-shell";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The offline catalog shell (precached): the service worker serves it for product, category and
 * search URLs it has not cached, and the client draws them from the IndexedDB mirror.
 */
type Props = { params: Promise<{ locale: string }> };

// Rendered on the first request, then cached (a build reads no catalog, so it needs no database).
export function generateStaticParams() {
  return [];
}

/** Nothing personal: a static page, cached like the catalog (docs/scaling.md) and precached by the service worker. */
export default async function CatalogShellPage({ params }: Props) {
  const { locale: segment } = await params;
  if (!isLocale(segment)) notFound();
  setRequestLocale(segment);
  const [t, cart, site, product, pwa, home, offlineHome, catalog, variants, locale] = await Promise.all([
    getTranslations("offline"),
    getTranslations("cart"),
    getTranslations("site"),
    getTranslations("product"),
    getTranslations("pwa"),
    getTranslations("home"),
    getTranslations("offlineHome"),
    getTranslations("catalog"),
    getTranslations("variants"),
    getLocale(),
  ]);
  const keys = ["shellNotice", "shellLoading", "notInMirror", "mirrorUnavailable", "searchPrompt", "showMore", "description", "inStock", "soldOutOnline", "checkStores", "home", "cart"] as const;
  const texts = {
    ...(Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>),
    searchTitle: t.raw("searchTitle") as string,
    noResults: t.raw("noResults") as string,
    products: catalog.raw("products") as string,
    variants: { options: variants("options"), colour: variants("colour"), size: variants("size"), soldOutOnline: variants("soldOutOnline"), notOffered: variants("notOffered") },
    breadcrumb: site("breadcrumb"),
    offline: pwa("offline"),
    homeTitle: home("heroTitle"),
    homeText: home("heroText"),
    categoriesTitle: home("categoriesTitle"),
    selectionTitle: offlineHome("selection"),
  };
  const addTexts = { add: product("addToCart"), added: cart("added"), addFailed: cart("addFailed"), viewCart: cart("viewCart") };
  return <CatalogShell texts={texts} addTexts={addTexts} locale={locale} />;
}
