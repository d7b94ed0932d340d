import { expandTerms, type Vocabulary } from "../search/fuzzy";
import { documentsVocabulary } from "../search/document";
import { queryTerms } from "../search/normalise";

/**
 * Offline search over the mirror, in memory (pure; unit-tested). The same rule as the server's
 * search (docs/search.md): the query is normalised by lib/search/normalise.ts, a term that
 * starts no word of the catalog is replaced by the words within a typo of it
 * (lib/search/fuzzy.ts), and every term must start a word of the product's search words,
 * which come from the server. Ranking prefers matches in the name, whole words, earlier words.
 */

export interface Searchable {
  slug: string;
  name: string;
  /** The server's search words; the first `nameWordCount` of them are the name's. */
  searchText: string;
  nameWordCount: number;
}

/** One collator for every comparison: `localeCompare` per pair dominated a search with 1,000+ hits. */
const byName = new Intl.Collator("fr");

export interface SearchIndex<T extends Searchable> {
  entries: { item: T; padded: string }[];
  vocabulary: Vocabulary;
}

/**
 * Built once per page load (lib/offline/mirror.ts caches it until the next sync). Cheap: the
 * sorted vocabulary that typo correction needs is only made the first time a term starts no
 * word at all; until then "does a word start with it" is a scan of the entries.
 */
export function buildSearchIndex<T extends Searchable>(items: T[]): SearchIndex<T> {
  const entries = items.map((item) => ({ item, padded: ` ${item.searchText}` }));
  let sorted: Vocabulary | undefined;
  return {
    entries,
    vocabulary: {
      hasWordStartingWith: (prefix) => {
        const start = ` ${prefix}`;
        return entries.some((entry) => entry.padded.includes(start));
      },
      words: () => (sorted ??= documentsVocabulary(items.map((item) => item.searchText))).words(),
    },
  };
}

export function searchIndex<T extends Searchable>(index: SearchIndex<T>, query: string, limit = 48): { items: T[]; total: number } {
  const terms = queryTerms(query);
  if (terms.length === 0) return { items: [], total: 0 };
  const expanded = expandTerms(terms, index.vocabulary);
  if (!expanded) return { items: [], total: 0 };
  const starts = expanded.map((alternatives) => alternatives.map((word) => ` ${word}`));
  const scored: { item: T; score: number }[] = [];
  for (const entry of index.entries) {
    // Every term must start a word: a substring test first, the scoring below only for those that pass.
    if (!starts.every((options) => options.some((start) => entry.padded.includes(start)))) continue;
    const words = entry.item.searchText.split(" ");
    let score = 0;
    for (const alternatives of expanded) {
      let best = 0;
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        for (const term of alternatives) {
          if (!word.startsWith(term)) continue;
          const inName = i < entry.item.nameWordCount;
          const points = (inName ? 4 : 1) + (word.length === term.length ? 2 : 0) + (inName ? 1 / (i + 1) : 0);
          if (points > best) best = points;
        }
      }
      score += best;
    }
    scored.push({ item: entry.item, score });
  }
  scored.sort((a, b) => b.score - a.score || byName.compare(a.item.name, b.item.name) || (a.item.slug < b.item.slug ? -1 : a.item.slug > b.item.slug ? 1 : 0));
  return { items: scored.slice(0, limit).map((entry) => entry.item), total: scored.length };
}
