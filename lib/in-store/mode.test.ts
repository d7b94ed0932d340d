import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readInStoreMode, setInStoreMode, type InStoreMode } from "./mode";

const LYON: InStoreMode = { slug: "lyon-presquile", name: "Vitrine Lyon Presqu’île", lat: 45.7597, lng: 4.8357, radiusMetres: 150, via: "chosen" };

/** The browser storage and events this module uses, in memory. */
function fakeBrowser() {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  globalThis.window = new EventTarget() as Window & typeof globalThis;
  return items;
}

describe("in-store mode kept in localStorage", () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = fakeBrowser();
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "localStorage");
    Reflect.deleteProperty(globalThis, "window");
  });

  it("reads back what was set, the same object while it does not change", () => {
    setInStoreMode(LYON);
    const first = readInStoreMode();
    expect(first).toEqual(LYON);
    expect(readInStoreMode()).toBe(first);
    setInStoreMode(null);
    expect(readInStoreMode()).toBeNull();
  });

  it.each([
    ["not JSON", "{"],
    ["not an object", "42"],
    ["a slug that is not one", JSON.stringify({ ...LYON, slug: "../admin" })],
    ["a name too long", JSON.stringify({ ...LYON, name: "x".repeat(201) })],
    ["a latitude off the globe", JSON.stringify({ ...LYON, lat: 91 })],
    ["a longitude that is a string", JSON.stringify({ ...LYON, lng: "4.8" })],
    ["a radius of zero", JSON.stringify({ ...LYON, radiusMetres: 0 })],
    ["an unknown way in", JSON.stringify({ ...LYON, via: "beacon" })],
  ])("ignores a stored value with %s", (_, raw) => {
    items.set("vitrine.inStore", raw);
    expect(readInStoreMode()).toBeNull();
  });
});
