import { expandTerms } from "../search/fuzzy";
import { queryTerms } from "../search/normalise";

/**
 * Offline search over the mirror (pure; unit-tested). The same rule as the server's search
 * (docs/search.md): the query is normalised by lib/search/normalise.ts, a term that starts no
 * word of the catalog is replaced by the words within a typo of it (lib/search/fuzzy.ts), and
 * every term must start a word of the product's search words, which come from the server.
 * Ranking prefers matches in the name, whole words, earlier words, then the name's order.
 *
 * The index is inverted (docs/offline.md, "Offline search"): each word of the catalog lists the
 * products that have it, so a search reads the words its terms start, not every product. The
 * sync writes it to IndexedDB (lib/offline/search-store.ts); memory holds it where the stores
 * lag behind the products.
 */

export interface Searchable {
  slug: string;
  name: string;
  /** The server's search words; the first `nameWordCount` of them are the name's. */
  searchText: string;
  nameWordCount: number;
}

/**
 * One word of the catalog and the products that have it: pairs (rank, slot), where the rank is
 * the product's place in name order and the slot is 1 + the word's position in the name, or 0
 * for a word from the brand, category or colours. Typed, so IndexedDB copies it as bytes.
 */
export interface WordPostings {
  word: string;
  postings: Uint32Array;
}

export interface SearchPostings<T extends Searchable> {
  /** The entries in name order: an entry's rank is its index here. */
  entries: T[];
  /** Every word of the catalog, sorted as IndexedDB sorts string keys (UTF-16 code units). */
  words: WordPostings[];
}

/** One collator for every comparison: `localeCompare` per pair dominated a search with 1,000+ hits. */
const byName = new Intl.Collator("fr");

/** Ties between equal scores go to the name's order, so ranks are taken in that order once, here. */
export function buildPostings<T extends Searchable>(items: Iterable<T>): SearchPostings<T> {
  const entries = [...items].sort((a, b) => byName.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const pairs = new Map<string, number[]>();
  entries.forEach((entry, rank) => {
    const seen = new Set<string>();
    entry.searchText.split(" ").forEach((word, position) => {
      // The first occurrence scores best (in the name, earlier); the server's words are distinct anyway.
      if (!word || seen.has(word)) return;
      seen.add(word);
      let list = pairs.get(word);
      if (!list) pairs.set(word, (list = []));
      list.push(rank, position < entry.nameWordCount ? position + 1 : 0);
    });
  });
  const words = [...pairs.keys()].sort().map((word) => ({ word, postings: Uint32Array.from(pairs.get(word)!) }));
  return { entries, words };
}

/** Where a search reads the index: IndexedDB (lib/offline/search-store.ts) or memory (memorySource). */
export interface PostingsSource {
  /** The words that start with `prefix`, with their postings. */
  wordsStartingWith(prefix: string): Promise<readonly WordPostings[]>;
  /** Every word, sorted: only read when a term starts no word (typo correction). */
  vocabulary(): Promise<readonly string[]>;
}

/** The ranks of the best `limit` matches, best first, and how many products match in all. */
export async function rankedSearch(source: PostingsSource, query: string, limit: number): Promise<{ ranks: number[]; total: number }> {
  const none = { ranks: [], total: 0 };
  const terms = queryTerms(query);
  if (terms.length === 0) return none;
  const found = new Map<string, readonly WordPostings[]>();
  const lookUp = (prefixes: readonly string[]) =>
    Promise.all(prefixes.filter((prefix) => !found.has(prefix)).map(async (prefix) => found.set(prefix, await source.wordsStartingWith(prefix))));
  await lookUp(terms);
  const words = terms.some((term) => found.get(term)!.length === 0) ? await source.vocabulary() : [];
  const expanded = expandTerms(terms, { hasWordStartingWith: (term) => found.get(term)!.length > 0, words: () => words });
  if (!expanded) return none;
  await lookUp(expanded.flat());

  let scores: Map<number, number> | undefined;
  for (const alternatives of expanded) {
    // A term's points in a product: those of its best word (in the name, whole, early).
    const best = new Map<number, number>();
    for (const term of alternatives) {
      for (const { word, postings } of found.get(term)!) {
        const whole = word.length === term.length;
        for (let i = 0; i < postings.length; i += 2) {
          const slot = postings[i + 1]!;
          const inName = slot > 0;
          const points = (inName ? 4 : 1) + (whole ? 2 : 0) + (inName ? 1 / slot : 0);
          if (points > (best.get(postings[i]!) ?? 0)) best.set(postings[i]!, points);
        }
      }
    }
    // Every term must match: keep the products every term so far has points in.
    if (!scores) scores = best;
    else {
      const kept = new Map<number, number>();
      for (const [rank, score] of scores) {
        const points = best.get(rank);
        if (points !== undefined) kept.set(rank, score + points);
      }
      scores = kept;
    }
  }
  const ranked = [...scores!].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return { ranks: ranked.slice(0, limit).map(([rank]) => rank), total: ranked.length };
}

/** The index held in memory: prefix look-ups by binary search over the sorted words. */
export function memorySource(postings: SearchPostings<Searchable>): PostingsSource {
  const { words } = postings;
  return {
    async wordsStartingWith(prefix) {
      let low = 0;
      let high = words.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (words[mid]!.word < prefix) low = mid + 1;
        else high = mid;
      }
      let end = low;
      while (end < words.length && words[end]!.word.startsWith(prefix)) end++;
      return words.slice(low, end);
    },
    vocabulary: async () => words.map(({ word }) => word),
  };
}

/** A search of an index held in memory, with its entries. */
export async function searchInMemory<T extends Searchable>(postings: SearchPostings<T>, query: string, limit = 48): Promise<{ items: T[]; total: number }> {
  const { ranks, total } = await rankedSearch(memorySource(postings), query, limit);
  return { items: ranks.map((rank) => postings.entries[rank]!), total };
}
