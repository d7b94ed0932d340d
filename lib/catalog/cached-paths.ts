import { SORTS, type Sort } from "./types";

/**
 * Which internal page answers a public catalog URL (docs/scaling.md). A query string is never a
 * cache key by itself: proxy.ts turns the few bounded choices into path segments of their own
 * cached pages (a product's SKU, a known sort on one of the first listing pages), sends free
 * filters to a page rendered per request, and ignores keys pages do not read (utm_source…).
 * Pure: proxy.ts runs it on every page request.
 */
export const MAX_CACHED_LISTING_PAGE = 5;
const CACHED_SORTS: readonly Sort[] = SORTS.filter((sort) => sort !== "relevance");
const LISTING_KEYS = new Set(["q", "size", "min", "max", "sort", "page", "limit", "category"]);

const PUBLIC_PATH = /^(?:\/(en))?(\/.*)?$/;
const PRODUCT = /^\/products\/([^/]+)\/?$/;
const CATEGORY = /^\/categories\/([^/]+)\/?$/;

/** A known sort and a cached page number, or null: what sorted/[sort]/[page] accepts. */
export function cachedListingView(sort: string | null | undefined, page: string | null | undefined): { sort: Sort; page: number } | null {
  const chosenSort = sort ?? "newest";
  const chosenPage = page ?? "1";
  if (!(CACHED_SORTS as readonly string[]).includes(chosenSort)) return null;
  if (!/^[1-9]\d*$/.test(chosenPage) || Number(chosenPage) > MAX_CACHED_LISTING_PAGE) return null;
  return { sort: chosenSort as Sort, page: Number(chosenPage) };
}

export interface InternalPath {
  pathname: string;
  /** Whether the page reads the query string (rendered per request). */
  keepQuery: boolean;
}

/**
 * The internal path for a public URL that needs one, or null when the locale routing alone
 * decides (`/products/x` → `/fr/products/x`). `signedIn`: the request carries a session cookie.
 */
export function internalCatalogPath(pathname: string, query: URLSearchParams, signedIn: boolean): InternalPath | null {
  const parts = PUBLIC_PATH.exec(pathname);
  if (!parts) return null;
  const locale = parts[1] ?? "fr";
  const rest = parts[2] ?? "/";
  if (rest === "/" || rest === "") return signedIn ? { pathname: `/${locale}/welcome-back`, keepQuery: false } : null;

  const product = PRODUCT.exec(rest);
  const sku = query.get("sku");
  if (product && sku) return { pathname: `/${locale}/products/${product[1]}/sku/${encodeURIComponent(sku)}`, keepQuery: false };

  const category = CATEGORY.exec(rest);
  const keys = [...new Set(query.keys())].filter((key) => LISTING_KEYS.has(key) && query.get(key) !== "");
  if (!category || keys.length === 0) return null;
  const onlySortAndPage = keys.every((key) => (key === "sort" || key === "page") && query.getAll(key).length === 1);
  const view = onlySortAndPage ? cachedListingView(query.get("sort"), query.get("page")) : null;
  if (view) return { pathname: `/${locale}/categories/${category[1]}/sorted/${view.sort}/${view.page}`, keepQuery: false };
  return { pathname: `/${locale}/categories/${category[1]}/filter`, keepQuery: true };
}
