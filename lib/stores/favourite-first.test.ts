import { describe, expect, it } from "vitest";
import { favouriteFirst } from "./favourite-first";

const stores = [{ slug: "a" }, { slug: "b" }, { slug: "c" }];

describe("favouriteFirst", () => {
  it("moves the favourite to the top and keeps the rest in order", () => {
    expect(favouriteFirst(stores, "c").map((s) => s.slug)).toEqual(["c", "a", "b"]);
    expect(favouriteFirst(stores, "a").map((s) => s.slug)).toEqual(["a", "b", "c"]);
  });

  it("leaves the list alone without a favourite, or when it is not in the list", () => {
    expect(favouriteFirst(stores, null).map((s) => s.slug)).toEqual(["a", "b", "c"]);
    expect(favouriteFirst(stores, "z").map((s) => s.slug)).toEqual(["a", "b", "c"]);
  });
});
