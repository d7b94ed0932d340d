import { describe, expect, it } from "vitest";
import { searchDocument } from "../search/document";
import { buildPostings, memorySource, searchInMemory } from "./search";

const item = (slug: string, name: string, brand: string, category: string) => {
  const document = searchDocument({ name, brand, categoryNames: [category], colours: [], otherNames: [] });
  return { slug, name, searchText: document.text, nameWordCount: document.nameWords };
};

const index = buildPostings([
  item("chemise-lin", "Chemise en lin", "Atelier Nord", "Chemises"),
  item("robe-lin", "Robe légère", "Lin & Co", "Robes"),
  item("pull-laine", "Pull en laine", "Atelier Nord", "Pulls"),
  item("chemisier", "Chemisier fleuri", "Sud", "Chemises"),
]);

const slugs = async (q: string) => (await searchInMemory(index, q)).items.map((found) => found.slug);

describe("offline search", () => {
  it("matches word prefixes, ignoring case and accents", async () => {
    expect(await slugs("LEGE")).toEqual(["robe-lin"]);
    expect(await slugs("chemi")).toEqual(["chemise-lin", "chemisier"]);
  });

  it("requires every word", async () => {
    expect(await slugs("chemise nord")).toEqual(["chemise-lin"]);
    expect(await slugs("chemise laine")).toEqual([]);
  });

  it("ranks a match in the name above one in the brand", async () => {
    expect(await slugs("lin")).toEqual(["chemise-lin", "robe-lin"]);
  });

  it("ranks a whole word above a longer word it starts", async () => {
    expect(await slugs("chemise")).toEqual(["chemise-lin", "chemisier"]);
  });

  it("forgives a typo: a term that starts no word is replaced by the words close to it", async () => {
    expect(await slugs("cheimse")).toEqual(["chemise-lin", "chemisier"]);
    expect(await slugs("laien")).toEqual(["pull-laine"]);
    expect(await slugs("xyzzy")).toEqual([]);
  });

  it("matches nothing for an empty or symbol-only query, and counts all matches past the limit", async () => {
    expect((await searchInMemory(index, "  !? ")).total).toBe(0);
    expect(await searchInMemory(index, "atelier", 1)).toMatchObject({ total: 2, items: [{ slug: "chemise-lin" }] });
  });
});

describe("the inverted index", () => {
  it("ranks entries in French name order, so equal scores keep it", async () => {
    const ranked = buildPostings([item("z", "Zèbre", "B", "C"), item("e", "Écharpe", "B", "C"), item("a", "Anorak", "B", "C")]);
    expect(ranked.entries.map((entry) => entry.slug)).toEqual(["a", "e", "z"]);
    expect(await searchInMemory(ranked, "b").then(({ items }) => items.map((entry) => entry.slug))).toEqual(["a", "e", "z"]);
  });

  it("lists each word once per product, with 1 + its place in the name, or 0 outside it", () => {
    const { words } = buildPostings([{ slug: "p", name: "Pull pull", searchText: "pull marine pull laine", nameWordCount: 2 }]);
    expect(words.map(({ word, postings }) => [word, [...postings]])).toEqual([
      ["laine", [0, 0]],
      ["marine", [0, 2]],
      ["pull", [0, 1]],
    ]);
  });

  it("finds the words a prefix starts, in key order, and nothing past them", async () => {
    const source = memorySource(buildPostings([{ slug: "p", name: "x", searchText: "robe robes rob roue", nameWordCount: 0 }]));
    expect((await source.wordsStartingWith("rob")).map(({ word }) => word)).toEqual(["rob", "robe", "robes"]);
    expect(await source.wordsStartingWith("rz")).toEqual([]);
    expect(await source.vocabulary()).toEqual(["rob", "robe", "robes", "roue"]);
  });
});
