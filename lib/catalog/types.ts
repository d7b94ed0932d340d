/** Public shapes of the catalog, as the JSON API and the offline mirror carry them (docs/contract.md#json-api). */

export interface Sku {
  sku: string;
  label: string;
  size: string | null;
  colour: string | null;
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

/** A product as the offline mirror's feed carries it: with the words search looks for (docs/search.md). */
export interface FeedProduct extends Product {
  search: { text: string; nameWords: number };
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
