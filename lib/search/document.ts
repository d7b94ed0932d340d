import { buildVocabulary, type Vocabulary } from "./fuzzy";
import { searchWords } from "./normalise";
import { SYNONYM_GROUPS } from "./synonyms";

/**
 * What search indexes of a product (docs/search.md): the words of its name (in every language
 * known) first, then those of its brand, category names (with the parent's) and colours, each
 * with its synonyms (lib/search/synonyms.ts). Built on the server
 * only: the server stores it for its own search and ships it to the offline mirror, so both
 * sides search the same words.
 */
export interface SearchDocument {
  /** Distinct search words, the name's (and their synonyms) first. */
  text: string;
  /** How many of the first words of `text` come from the name (ranking prefers them). */
  nameWords: number;
}

export interface SearchableProduct {
  name: string;
  brand: string;
  /** Names of the product's category and its parents, in every language known. */
  categoryNames: readonly string[];
  colours: readonly (string | null)[];
  /** The product's name in other languages (English), when translated. */
  otherNames: readonly string[];
}

let synonyms: Map<string, string[]> | undefined;

function synonymsOf(word: string): readonly string[] {
  if (!synonyms) {
    synonyms = new Map();
    for (const group of SYNONYM_GROUPS) {
      const words = [...new Set(searchWords(group))];
      for (const member of words) synonyms.set(member, [...new Set([...(synonyms.get(member) ?? []), ...words])]);
    }
  }
  return synonyms.get(word) ?? [];
}

export function searchDocument(product: SearchableProduct): SearchDocument {
  const withSynonyms = (texts: readonly string[]) => {
    const words = new Set<string>();
    for (const text of texts) for (const word of searchWords(text)) words.add(word);
    for (const word of [...words]) for (const synonym of synonymsOf(word)) words.add(synonym);
    return words;
  };
  // A synonym of a word of the name counts as the name's: "dress" ranks a "Robe" first.
  const name = withSynonyms([product.name, ...product.otherNames]);
  const others = withSynonyms([product.brand, ...product.categoryNames, ...product.colours.filter((colour) => colour !== null)]);
  const rest = [...others].filter((word) => !name.has(word));
  return { text: [...name, ...rest].join(" "), nameWords: name.size };
}

/** The vocabulary of a set of documents (for typo tolerance, lib/search/fuzzy.ts). */
export function documentsVocabulary(texts: Iterable<string>): Vocabulary {
  const words: string[] = [];
  for (const text of texts) for (const word of text.split(" ")) words.push(word);
  return buildVocabulary(words);
}
