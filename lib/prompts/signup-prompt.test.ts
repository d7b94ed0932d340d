import { describe, expect, it } from "vitest";
import { isPromptPage, PROMPT_ON_PAGE, promptPlacement, silenceUntil, storedNumber, type PromptState } from "./signup-prompt";

const NOW = Date.parse("2026-12-01T18:00:00Z");
const base: PromptState = { pagesViewed: PROMPT_ON_PAGE, signedIn: false, silencedUntil: null, now: NOW, wide: true, dialogShownThisSession: false };

describe("isPromptPage", () => {
  it("counts product and category pages in both languages", () => {
    for (const path of ["/products/robe-lin", "/categories/robes", "/en/products/robe-lin", "/en/categories/robes/"]) expect(isPromptPage(path), path).toBe(true);
  });
  it("leaves out the cart, checkout, store availability and other pages", () => {
    for (const path of ["/", "/cart", "/checkout", "/en/cart", "/products/robe-lin/stores", "/search", "/stores/lyon", "/categories"]) expect(isPromptPage(path), path).toBe(false);
  });
});

describe("promptPlacement", () => {
  it("shows nothing before the third page", () => {
    expect(promptPlacement({ ...base, pagesViewed: 2 })).toBeNull();
    expect(promptPlacement({ ...base, pagesViewed: 2, wide: false })).toBeNull();
  });
  it("opens a dialog on a desktop and sits in the page on a phone", () => {
    expect(promptPlacement(base)).toBe("dialog");
    expect(promptPlacement({ ...base, wide: false })).toBe("inline");
  });
  it("opens the dialog once per session, while the inline invitation stays", () => {
    expect(promptPlacement({ ...base, pagesViewed: 4, dialogShownThisSession: true })).toBeNull();
    expect(promptPlacement({ ...base, pagesViewed: 4, wide: false, dialogShownThisSession: true })).toBe("inline");
  });
  it("never shows to a signed-in shopper", () => {
    expect(promptPlacement({ ...base, signedIn: true })).toBeNull();
    expect(promptPlacement({ ...base, signedIn: true, wide: false })).toBeNull();
  });
  it("stays silent for 30 days after “Plus tard”, then comes back", () => {
    const until = silenceUntil(NOW);
    expect(promptPlacement({ ...base, silencedUntil: until, now: NOW + 29 * 86_400_000 })).toBeNull();
    expect(promptPlacement({ ...base, silencedUntil: until, now: NOW + 30 * 86_400_000 })).toBe("dialog");
  });
});

describe("storedNumber", () => {
  it("reads numbers and refuses garbage", () => {
    expect(storedNumber("12")).toBe(12);
    expect(storedNumber(null)).toBeNull();
    expect(storedNumber("")).toBeNull();
    expect(storedNumber("abc")).toBeNull();
  });
});
