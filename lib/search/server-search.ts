import { sql, type SQL } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Db } from "../db/client";
import { expandTerms, type Vocabulary } from "./fuzzy";
import { documentsVocabulary } from "./document";
import { queryTerms } from "./normalise";

/**
 * The server side of catalog search (docs/search.md): what a shopper typed, normalised by the
 * shared rule (lib/search/normalise.ts), typos replaced from the catalog's vocabulary
 * (lib/search/fuzzy.ts), then matched as word starts against `product_search`, exactly as the
 * offline search matches the mirror (lib/offline/search.ts).
 */

/** How long a server instance reuses the catalog's vocabulary before reading it again. */
export const VOCABULARY_TTL_MS = 60_000;

const vocabularies = new LRUCache<Db, Promise<Vocabulary>>({ max: 4, ttl: VOCABULARY_TTL_MS });

async function readVocabulary(db: Db): Promise<Vocabulary> {
  const { rows } = (await db.execute(
    sql`select ps.text from product_search ps join products p on p.slug = ps.slug where p.deleted_at is null`,
  )) as unknown as { rows: { text: string }[] };
  return documentsVocabulary(rows.map((row) => row.text.trim()));
}

export function catalogVocabulary(db: Db): Promise<Vocabulary> {
  let vocabulary = vocabularies.get(db);
  if (!vocabulary) {
    vocabulary = readVocabulary(db);
    vocabulary.catch(() => vocabularies.delete(db));
    vocabularies.set(db, vocabulary);
  }
  return vocabulary;
}

/** Forgets the cached vocabulary (after an import, and in tests). */
export function forgetVocabulary(db: Db): void {
  vocabularies.delete(db);
}

export interface SearchSql {
  /** True for the products that match every term. */
  condition: SQL;
  /** Higher for better matches (terms found in the name, whole words). */
  rank: SQL;
}

/** What to add to a product query for `q`; null when nothing can match. */
export async function searchSql(db: Db, q: string, productSlug: SQL): Promise<SearchSql | null> {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  const expanded = expandTerms(terms, await catalogVocabulary(db));
  if (!expanded) return null;
  const anyOf = (column: SQL, alternatives: string[], suffix: string) =>
    sql.join(
      alternatives.map((word) => sql`${column} like ${`% ${word}${suffix}`}`),
      sql` or `,
    );
  // A semi-join: one pass over product_search, hashed, whatever else the listing filters on.
  const condition = sql`${productSlug} in (select ps.slug from product_search ps where ${sql.join(
    expanded.map((alternatives) => sql`(${anyOf(sql`ps.text`, alternatives, "%")})`),
    sql` and `,
  )})`;
  const rank = sql`(select ${sql.join(
    expanded.map(
      (alternatives) =>
        sql`(case when ${anyOf(sql`ps.name_text`, alternatives, " %")} then 6 when ${anyOf(sql`ps.name_text`, alternatives, "%")} then 4 when ${anyOf(sql`ps.text`, alternatives, " %")} then 3 else 1 end)`,
    ),
    sql` + `,
  )} from product_search ps where ps.slug = ${productSlug})`;
  return { condition, rank };
}
