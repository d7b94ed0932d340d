import { listProducts } from "../catalog/queries";
import type { Db } from "../db/client";
import { queryTerms } from "./normalise";

/**
 * For a query of several words that finds nothing: the words that find something alone, as
 * "try instead" links (docs/search.md#zero-results), with their counts. At most `limit`.
 */
export async function narrowerQueries(db: Db, q: string, limit = 3): Promise<{ q: string; total: number }[]> {
  const words = q.split(/\s+/).filter((word) => queryTerms(word).length > 0);
  if (words.length < 2) return [];
  const found = await Promise.all(words.slice(0, 8).map(async (word) => ({ q: word, total: (await listProducts(db, { q: word, page: 1, limit: 1 })).total })));
  return found.filter((entry) => entry.total > 0).slice(0, limit);
}
