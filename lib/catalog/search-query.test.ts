import { describe, expect, it } from "vitest";
import { toPrefixTsQuery } from "./search-query";

describe("toPrefixTsQuery", () => {
  it("makes every word a prefix term", () => {
    expect(toPrefixTsQuery("Chemise  lin")).toBe("chemise:* & lin:*");
  });
  it("keeps accented letters and drops tsquery syntax", () => {
    expect(toPrefixTsQuery("écharpe & (laine) | !:*")).toBe("écharpe:* & laine:*");
  });
  it("returns null when nothing searchable is left", () => {
    expect(toPrefixTsQuery("'; DROP TABLE products; --")).toBe("drop:* & table:* & products:*");
    expect(toPrefixTsQuery("  !!! ")).toBeNull();
  });
  it("caps the number of terms", () => {
    expect(toPrefixTsQuery("a b c d e f g h i j")?.split(" & ")).toHaveLength(8);
  });
});
