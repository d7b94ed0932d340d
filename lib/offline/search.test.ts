import { describe, expect, it } from "vitest";
import { searchDocument } from "../search/document";
import { buildSearchIndex, searchIndex } from "./search";

const item = (slug: string, name: string, brand: string, category: string) => {
  const document = searchDocument({ name, brand, categoryNames: [category], colours: [], otherNames: [] });
  return { slug, name, searchText: document.text, nameWordCount: document.nameWords };
};

const index = buildSearchIndex([
  item("chemise-lin", "Chemise en lin", "Atelier Nord", "Chemises"),
  item("robe-lin", "Robe légère", "Lin & Co", "Robes"),
  item("pull-laine", "Pull en laine", "Atelier Nord", "Pulls"),
  item("chemisier", "Chemisier fleuri", "Sud", "Chemises"),
]);

const slugs = (q: string) => searchIndex(index, q).items.map((found) => found.slug);

describe("offline search", () => {
  it("matches word prefixes, ignoring case and accents", () => {
    expect(slugs("LEGE")).toEqual(["robe-lin"]);
    expect(slugs("chemi")).toEqual(["chemise-lin", "chemisier"]);
  });

  it("requires every word", () => {
    expect(slugs("chemise nord")).toEqual(["chemise-lin"]);
    expect(slugs("chemise laine")).toEqual([]);
  });

  it("ranks a match in the name above one in the brand", () => {
    expect(slugs("lin")).toEqual(["chemise-lin", "robe-lin"]);
  });

  it("ranks a whole word above a longer word it starts", () => {
    expect(slugs("chemise")).toEqual(["chemise-lin", "chemisier"]);
  });

  it("matches nothing for an empty or symbol-only query, and counts all matches past the limit", () => {
    expect(searchIndex(index, "  !? ").total).toBe(0);
    expect(searchIndex(index, "atelier", 1)).toMatchObject({ total: 2, items: [{ slug: "chemise-lin" }] });
  });
});
