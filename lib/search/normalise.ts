/**
 * The one text rule of catalog search, shared by the server (what it indexes and what it looks
 * for) and the offline search over the device's mirror, so that both find the same products
 * (docs/search.md). Pure: no framework, no database, no DOM.
 */

/** Lower-case, accents removed, one space between words: "Chemise Élégante" → "chemise elegante". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");
}

/** Words that carry no meaning in a product search, French and English. */
const STOP_WORDS = new Set(["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "un", "une", "pour", "avec", "the", "and", "of", "in", "with", "for"]);

/**
 * A light French and English stemmer, applied to every indexed word and every query word alike:
 * plurals ("robes", "manteaux", "dresses") and a feminine "e" ("bleue", "noire") fall on the
 * singular form. Deliberately crude (no dictionary): what matters is that both sides agree.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith("eaux")) stem = stem.slice(0, -1);
  else if (stem.endsWith("aux")) stem = `${stem.slice(0, -3)}al`;
  else if (/(ss|sh|ch|x|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^s]s$/.test(stem) || (stem.endsWith("x") && !stem.endsWith("ex"))) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith("e") && !stem.endsWith("ee")) stem = stem.slice(0, -1);
  return stem;
}

/** The search words of a text: folded, without stop words, stemmed. */
export function searchWords(text: string): string[] {
  // "T-shirt", "e-mail": a single letter hyphenated to a word is one word.
  return foldText(text.replace(/(^|[^\p{L}])(\p{L})-(?=\p{L})/gu, "$1$2"))
    .split(" ")
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map(stemWord);
}

/** At most this many words of a query count (the rest is ignored). */
export const MAX_QUERY_TERMS = 8;

/** The terms of what a shopper typed, each to be found at the start of a product's word. */
export function queryTerms(query: string): string[] {
  return [...new Set(searchWords(query))].slice(0, MAX_QUERY_TERMS);
}
