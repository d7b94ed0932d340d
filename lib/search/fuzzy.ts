/**
 * Typo tolerance, the same on both sides (docs/search.md): a query term that starts no word of
 * the catalog is replaced by the catalog's words within a small edit distance of it. The server
 * and the offline search each keep the catalog's vocabulary and call this.
 */

/** Edits allowed for a term of this length: none under 4 letters, 1 up to 7, then 2. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * What typo tolerance asks of the catalog's words: whether one starts with a term, and (only
 * when none does) all of them, sorted, so both sides pick the same replacements in the same order.
 */
export interface Vocabulary {
  hasWordStartingWith(prefix: string): boolean;
  words(): readonly string[];
}

/** A vocabulary held as a sorted list: prefix look-ups by binary search. */
export function buildVocabulary(words: Iterable<string>): Vocabulary {
  const sorted = [...new Set(words)].filter(Boolean).sort();
  return { hasWordStartingWith: (prefix) => sortedHasPrefix(sorted, prefix), words: () => sorted };
}

function sortedHasPrefix(words: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low < words.length && words[low]!.startsWith(prefix);
}

/**
 * For each term, what to look for: the term itself when some word starts with it, else the
 * words close to it (whole, or the start of a longer word being typed). Null when a term
 * matches nothing at all: no product can match every term.
 */
export function expandTerms(terms: readonly string[], vocabulary: Vocabulary): string[][] | null {
  const expanded: string[][] = [];
  for (const term of terms) {
    if (vocabulary.hasWordStartingWith(term)) {
      expanded.push([term]);
      continue;
    }
    const max = allowedEdits(term.length);
    if (max === 0) return null;
    const close = vocabulary.words().filter(
      (word) => editDistance(term, word, max) <= max || (word.length > term.length && editDistance(term, word.slice(0, term.length), max) <= max),
    );
    if (close.length === 0) return null;
    expanded.push(close.slice(0, 16));
  }
  return expanded;
}
