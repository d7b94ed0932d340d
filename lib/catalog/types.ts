/** Public shapes of the catalog, as the JSON API and the offline mirror carry them (docs/contract.md#json-api). */

export interface Sku {
  sku: string;
  label: string;
  /** The size and colour values, in French: keys for filters, URLs and SKU codes. */
  size: string | null;
  colour: string | null;
  /** How the size and colour read in the asked language (docs/catalog-languages.md); absent: as the value. */
  sizeLabel?: string | null;
  colourLabel?: string | null;
  priceCents: number;
  onlineStock: number;
  /** Units across all stores. */
  storeStock: number;
  /** The EAN-13 (or other GTIN) on the tag, when known. */
  gtin?: string;
}

export interface Product {
  slug: string;
  name: string;
  description: string;
  /** The category's slug. */
  category: string;
  brand: string;
  images: string[];
  priceCents: number;
  currency: "EUR";
  skus: Sku[];
}

/** A product's text in another language; colours and sizes map a French value to its label there. */
export interface ProductTranslation {
  name: string;
  description: string;
  colours: Record<string, string>;
  sizes: Record<string, string>;
}

/**
 * A product as the offline mirror's feed carries it: in French, with its translations (by
 * locale, docs/catalog-languages.md) and the words search looks for (docs/search.md).
 */
export interface FeedProduct extends Product {
  search: { text: string; nameWords: number };
  translations: Record<string, ProductTranslation>;
}

/** A category as the feed carries it: in French, with its name in other languages. */
export interface FeedCategory extends Category {
  translations: Record<string, { name: string }>;
}

export interface ProductSummary {
  slug: string;
  name: string;
  category: string;
  brand: string;
  /** First image key: components build responsive URLs from it. */
  image: string;
  priceCents: number;
  currency: "EUR";
  /** Whether at least one SKU can be bought online now. */
  availableOnline: boolean;
}

/** A size filter's choice: the value a URL carries (`?size=`) and how it reads in the page's language. */
export interface SizeChoice {
  value: string;
  label: string;
}

export interface Category {
  slug: string;
  name: string;
  parent?: string;
}

export const SORTS = ["relevance", "newest", "price-asc", "price-desc", "name"] as const;
export type Sort = (typeof SORTS)[number];

export interface ProductQuery {
  category?: string;
  q?: string;
  sizes?: string[];
  minCents?: number;
  maxCents?: number;
  sort?: Sort;
  page: number;
  limit: number;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
}
