import { withoutLocale } from "../i18n/paths";

/**
 * Which URLs the service worker may keep (docs/offline.md). Pure: the worker, pages and tests
 * share it.
 */

/**
 * Personal pages and APIs: always from the network (NetworkOnly), never stored on the device.
 * Reservation and order pages show a pickup code, a QR code and an e-mail address.
 */
const PERSONAL = [/^\/account(\/|$)/, /^\/checkout(\/|$)/, /^\/orders(\/|$)/, /^\/reservations(\/|$)/, /^\/admin(\/|$)/, /^\/login(\/|$)/, /^\/register(\/|$)/, /^\/api\//];

export function isPersonalPath(pathname: string): boolean {
  const path = withoutLocale(pathname);
  return PERSONAL.some((pattern) => pattern.test(path));
}

export type CatalogRoute = { kind: "home" } | { kind: "product"; slug: string } | { kind: "category"; slug: string } | { kind: "search"; q: string };

const SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
const PRODUCT = new RegExp(`^/products/${SLUG}/?$`);
const CATEGORY = new RegExp(`^/categories/${SLUG}/?$`);

/**
 * The catalog pages the offline shell can draw from the mirror; null for any other URL. The home
 * (also the manifest's start URL) is one: an installed app opened offline lands there, cached or not.
 */
export function catalogRoute(url: URL): CatalogRoute | null {
  const path = withoutLocale(url.pathname);
  if (path === "/") return { kind: "home" };
  const product = PRODUCT.exec(path);
  if (product) return { kind: "product", slug: product[1]! };
  const category = CATEGORY.exec(path);
  if (category) return { kind: "category", slug: category[1]! };
  if (path === "/search" || path === "/search/") return { kind: "search", q: url.searchParams.get("q") ?? "" };
  return null;
}

/** The offline pages the worker precaches. The shell is a page of its own, drawn from IndexedDB. */
export const OFFLINE_PAGE = "/offline";
export const CATALOG_SHELL_PAGE = "/offline/catalog";
/**
 * The offline page and the catalog shell exist in each language, like every page
 * (`/en/offline/catalog`); the worker precaches both and answers an English URL with the English
 * copy (docs/catalog-languages.md#offline-mirror).
 */
export function inPageLanguage(page: string, pathname: string): string {
  return pathname === "/en" || pathname.startsWith("/en/") ? `/en${page}` : page;
}

/** The loyalty card shell, in each language: it draws the card kept in IndexedDB (docs/engagement.md#the-card-offline). */
export const LOYALTY_SHELL_PAGES = ["/offline/loyalty", "/en/offline/loyalty"];

/** For the loyalty card page (personal, never stored), the precached shell in its language; else null. */
export function loyaltyShellFor(pathname: string): string | null {
  if (!/^\/account\/loyalty\/?$/.test(withoutLocale(pathname))) return null;
  return pathname.startsWith("/en/") ? LOYALTY_SHELL_PAGES[1]! : LOYALTY_SHELL_PAGES[0]!;
}
