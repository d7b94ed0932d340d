import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchDocument } from "./document";
import { buildVocabulary, editDistance, expandTerms } from "./fuzzy";
import { foldText, queryTerms, searchWords, stemWord } from "./normalise";
import { matchCategories } from "./suggest";

const ACCENTED: Record<string, string> = { e: "éèêë", a: "àâä", i: "îï", o: "ôö", u: "ùûü", c: "ç" };
/** French-looking words: letters, some of which may carry accents. */
const frenchWord = fc.stringMatching(/^[a-z]{1,12}$/);
const accentuate = (word: string, mask: number) =>
  [...word].map((letter, i) => (ACCENTED[letter] && (mask >> i) & 1 ? ACCENTED[letter]![i % ACCENTED[letter]!.length]! : letter)).join("");

describe("foldText", () => {
  it("lower-cases, strips accents and punctuation", () => {
    expect(foldText("Chemise Élégante — T-shirt, Cœur")).toBe("chemise elegante t shirt coeur");
  });

  it("is accent- and case-insensitive (property)", () => {
    fc.assert(
      fc.property(fc.array(frenchWord, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 4095 }), (words, mask) => {
        const plain = words.join(" ");
        const dressed = words.map((word) => accentuate(word, mask).toUpperCase()).join(" ");
        expect(queryTerms(dressed)).toEqual(queryTerms(plain));
      }),
    );
  });

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
      }),
    );
  });
});

describe("stemWord", () => {
  it.each([
    ["robes", "robe"],
    ["chaussures", "chaussur"],
    ["chaussure", "chaussur"],
    ["manteaux", "manteau"],
    ["bleue", "bleu"],
    ["bleus", "bleu"],
    ["dresses", "dress"],
    ["dress", "dress"],
    ["noire", "noir"],
    ["lin", "lin"],
  ])("%s → %s", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it("puts a plural and its singular on the same stem (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,10}[a-rtvwy]$/), (word) => {
        expect(stemWord(`${word}s`)).toBe(stemWord(word));
      }),
    );
  });
});

describe("searchWords and queryTerms", () => {
  it("drop stop words and keep a hyphenated single letter with its word", () => {
    expect(searchWords("Robe portefeuille en lin")).toEqual(["robe", "portefeuill", "lin"]);
    expect(searchWords("T-shirt de running")).toEqual(["tshirt", "running"]);
  });

  it("keep at most 8 distinct terms", () => {
    expect(queryTerms("robe robe robe")).toEqual(["robe"]);
    expect(queryTerms("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10")).toHaveLength(8);
  });

  it("find nothing to search in punctuation", () => {
    expect(queryTerms("  !? %_ ' -- ")).toEqual([]);
  });
});

describe("searchDocument", () => {
  it("puts the name's words and their synonyms first, then brand, category and colours with theirs", () => {
    const document = searchDocument({ name: "Robe droite en soie", brand: "Oréade", categoryNames: ["Robes & jupes"], colours: ["Bleu marine", null], otherNames: [] });
    const words = document.text.split(" ");
    expect(words.slice(0, document.nameWords)).toEqual(expect.arrayContaining(["robe", "dress", "droit", "soie", "silk"]));
    expect(words.slice(document.nameWords)).toEqual(expect.arrayContaining(["oread", "jupe", "skirt", "bleu", "blue", "marin", "navy"]));
    expect(new Set(words).size).toBe(words.length);
  });
});

describe("typo tolerance", () => {
  const vocabulary = buildVocabulary(["cachemir", "chemis", "robe", "lin", "laine", "bordeaux"]);

  it("measures edits, adjacent swaps counting once", () => {
    expect(editDistance("cachmir", "cachemir", 2)).toBe(1);
    expect(editDistance("rboe", "robe", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });

  it("keeps a term that starts a word, corrects one that starts none, gives up on short or far ones", () => {
    expect(expandTerms(["chemi", "lin"], vocabulary)).toEqual([["chemi"], ["lin"]]);
    expect(expandTerms(["cachmir"], vocabulary)).toEqual([["cachemir"]]);
    expect(expandTerms(["rbe"], vocabulary)).toBeNull();
    expect(expandTerms(["robe", "zzzzzz"], vocabulary)).toBeNull();
  });

  it("accepts any single typo in a word of 4 to 7 letters (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom("robe", "laine", "chemis"), fc.nat(), fc.constantFrom("x", "q"), (word, at, letter) => {
        const i = at % word.length;
        const typo = word.slice(0, i) + letter + word.slice(i + 1);
        expect(expandTerms([typo], vocabulary)?.[0]).toContain(word);
      }),
    );
  });
});

describe("matchCategories", () => {
  const categories = [
    { slug: "robes", name: "Robes & jupes" },
    { slug: "chaussures", name: "Chaussures" },
    { slug: "maison", name: "Linge de maison" },
  ];

  it("matches category names by word start, plural, accent and synonym", () => {
    expect(matchCategories(categories, "chauss").map((c) => c.slug)).toEqual(["chaussures"]);
    expect(matchCategories(categories, "JUPÉ").map((c) => c.slug)).toEqual(["robes"]);
    expect(matchCategories(categories, "dress").map((c) => c.slug)).toEqual(["robes"]);
    expect(matchCategories(categories, "shoes").map((c) => c.slug)).toEqual(["chaussures"]);
    expect(matchCategories(categories, "")).toEqual([]);
  });
});
