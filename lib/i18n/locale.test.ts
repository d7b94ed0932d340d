import { describe, expect, it } from "vitest";
import { pickLocale } from "./locale";

describe("pickLocale", () => {
  it("prefers the cookie", () => expect(pickLocale("en", "fr-FR")).toBe("en"));
  it("ignores an unsupported cookie", () => expect(pickLocale("de", "en-GB,en;q=0.9")).toBe("en"));
  it("ranks Accept-Language by weight", () => expect(pickLocale(undefined, "de;q=1, en;q=0.5, fr;q=0.8")).toBe("fr"));
  it("defaults to French", () => {
    expect(pickLocale(undefined, null)).toBe("fr");
    expect(pickLocale(undefined, "ja, zh;q=0.9")).toBe("fr");
    expect(pickLocale(undefined, ";;;,q=,")).toBe("fr");
  });
});

describe("pickLocale with regional and malformed tags", () => {
  it("matches a region to its language", () => expect(pickLocale(undefined, "en-US,de;q=0.5")).toBe("en"));
  it("skips a malformed tag and matches the next one", () => expect(pickLocale(undefined, "x_!!, *, en;q=0.1")).toBe("en"));
});
