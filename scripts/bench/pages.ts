/** Which URLs the bench measures, chosen from the running server's own catalog API. */

export interface Subjects {
  product: string;
  category: string;
  term: string;
  /** Several of each, so single-request timings are not all answered by one cached URL. */
  products: string[];
  categories: string[];
  terms: string[];
}

interface Summary {
  slug: string;
  name: string;
  category: string;
}

/** A search word a shopper would type: the first word of a product name with 4+ letters. */
export function searchWord(name: string): string {
  return name.split(/[\s,.'’-]+/).find((word) => word.length >= 4) ?? name;
}

export function chooseSubjects(items: readonly Summary[], samples: number): Subjects {
  const first = items[0];
  if (!first) throw new Error("the catalog API returned no products");
  const unique = (values: string[]) => [...new Set(values)];
  return {
    product: first.slug,
    category: first.category,
    term: searchWord(first.name),
    products: unique(items.map((item) => item.slug)).slice(0, samples),
    categories: unique(items.map((item) => item.category)).slice(0, samples),
    terms: unique(items.map((item) => searchWord(item.name))).slice(0, samples),
  };
}

/** The subjects, and how many products the served catalog holds. */
export async function fetchSubjects(baseUrl: string, samples: number): Promise<Subjects & { total: number }> {
  const response = await fetch(`${baseUrl}/api/products?limit=100&page=1`);
  if (!response.ok) throw new Error(`/api/products answered ${response.status}`);
  const { items, total } = (await response.json()) as { items: Summary[]; total: number };
  return { ...chooseSubjects(items, samples), total };
}

/** A load-tested URL, with request headers when the route is a way of asking rather than a path. */
export interface LoadRoute {
  path: string;
  headers?: Record<string, string>;
}

/**
 * The cache-hit path of each page: answered by the page cache (docs/scaling.md, "Page cache"),
 * and, for the product page, by Next's own cache too (a client's `no-cache` goes past the copy).
 */
export function loadRoutes(s: Subjects): Record<string, string | LoadRoute> {
  return {
    home: "/",
    product: `/products/${s.product}`,
    "product, Next's cache": { path: `/products/${s.product}`, headers: { "cache-control": "no-cache" } },
    category: `/categories/${s.category}`,
    search: `/search?q=${encodeURIComponent(s.term)}`,
    "api product": `/api/products/${s.product}`,
  };
}

/**
 * The cache-miss path: URLs no earlier step requested (the first product and category were
 * warmed for Lighthouse and the load test), each requested once.
 */
export function ssrPages(s: Subjects): Record<string, string[]> {
  return {
    home: ["/?utm_source=bench", "/?utm_source=newsletter"],
    product: s.products.filter((slug) => slug !== s.product).map((slug) => `/products/${slug}`),
    category: s.categories.filter((slug) => slug !== s.category).map((slug) => `/categories/${slug}`),
    search: s.terms.map((term) => `/search?q=${encodeURIComponent(term)}`),
  };
}

/** The product image URLs a page's HTML names (`src` and every `srcset` candidate). */
export function pageImageUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [, value] of html.matchAll(/\b(?:src|srcset|srcSet)="([^"]+)"/g)) {
    for (const candidate of value!.split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url?.startsWith("/images/")) urls.add(url);
    }
  }
  return [...urls];
}

/**
 * A page once, and every image size it names: the server's image cache is then what a shopper
 * after the first meets (each size is encoded once, ever), so Lighthouse does not time an encode.
 */
export async function warmPage(url: string): Promise<void> {
  const html = await (await fetch(url)).text();
  for (const image of pageImageUrls(html)) await (await fetch(new URL(image, url))).arrayBuffer();
}

/**
 * A real file under `/_next/static/` that the page loads (its first script chunk): the ceiling
 * the pages' throughput is compared with, served by the same server.
 */
export function staticChunkPath(html: string): string {
  const match = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html);
  if (!match) throw new Error("the page names no /_next/static/ script");
  return match[1]!;
}
