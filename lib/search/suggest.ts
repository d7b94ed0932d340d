import type { Category } from "../catalog/types";
import { searchDocument } from "./document";
import { queryTerms } from "./normalise";

/** What the search box offers while typing (docs/search.md#suggestions). */
export interface Suggestions {
  products: { slug: string; name: string; priceCents: number }[];
  categories: Category[];
}

export const SUGGESTED_PRODUCTS = 5;
export const SUGGESTED_CATEGORIES = 3;

/**
 * Categories whose name (or a synonym of one of its words) starts with every term typed, by the
 * shared rule (docs/search.md): the search box suggests them online (`/api/search/suggest`)
 * and offline (from the mirror's categories) alike.
 */
export function matchCategories(categories: readonly Category[], query: string, limit = 3): Category[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  return categories
    .filter((category) => {
      const words = searchDocument({ name: category.name, brand: "", categoryNames: [], colours: [], otherNames: [] }).text.split(" ");
      return terms.every((term) => words.some((word) => word.startsWith(term)));
    })
    .slice(0, limit);
}
