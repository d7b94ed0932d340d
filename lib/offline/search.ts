import { foldText } from "./mirror-apply";

/**
 * Offline search over the mirror, in memory (pure; unit-tested). Like the server's search,
 * every word typed must match the start of a word of the product (name, brand, category);
 * ranking prefers matches in the name, whole words, and earlier words.
 */

export interface Searchable {
  slug: string;
  name: string;
  /** Folded words (see foldText); the first `nameWordCount` of them are the name's. */
  searchText: string;
  nameWordCount: number;
}

export interface SearchIndex<T extends Searchable> {
  entries: { item: T; words: string[]; nameWordCount: number }[];
}

/** Splits once, so each query only compares prefixes (10,000 products well under 30 ms). */
export function buildSearchIndex<T extends Searchable>(items: T[]): SearchIndex<T> {
  return { entries: items.map((item) => ({ item, words: item.searchText.split(" "), nameWordCount: item.nameWordCount })) };
}

export function searchIndex<T extends Searchable>(index: SearchIndex<T>, query: string, limit = 48): { items: T[]; total: number } {
  const terms = foldText(query).split(" ").filter(Boolean).slice(0, 8);
  if (terms.length === 0) return { items: [], total: 0 };
  const scored: { item: T; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    for (const term of terms) {
      let best = 0;
      for (let i = 0; i < entry.words.length; i++) {
        const word = entry.words[i]!;
        if (!word.startsWith(term)) continue;
        const inName = i < entry.nameWordCount;
        const points = (inName ? 4 : 1) + (word.length === term.length ? 2 : 0) + (inName ? 1 / (i + 1) : 0);
        if (points > best) best = points;
      }
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) scored.push({ item: entry.item, score });
  }
  scored.sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name) || a.item.slug.localeCompare(b.item.slug));
  return { items: scored.slice(0, limit).map((entry) => entry.item), total: scored.length };
}
