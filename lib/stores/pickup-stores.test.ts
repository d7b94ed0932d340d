import { describe, expect, it } from "vitest";
import { preselectedPickupStore, rankPickupStores } from "./pickup-stores";
import type { Store } from "./types";

const store = (slug: string, city: string, lat: number, lng: number): Store => ({
  slug,
  name: `Vitrine ${city}`,
  address: "1 rue",
  postcode: "00000",
  city,
  phone: "+33 4 00 00 00 00",
  lat,
  lng,
  openingHours: [[], [], [], [], [], [], []],
  openNow: true,
});

const stores = [store("bordeaux", "Bordeaux", 44.84, -0.58), store("lille", "Lille", 50.63, 3.06), store("lyon", "Lyon", 45.76, 4.84), store("paris", "Paris", 48.86, 2.35)];
const levels = [
  { sku: "A", location: "lyon", available: 2 },
  { sku: "B", location: "lyon", available: 0 },
  { sku: "A", location: "paris", available: 1 },
  { sku: "B", location: "paris", available: 5 },
  { sku: "A", location: "online", available: 9 },
];
const lines = [
  { sku: "A", quantity: 1 },
  { sku: "B", quantity: 1 },
];

describe("rankPickupStores", () => {
  it("puts the nearest first from a position and counts the cart lines each store holds", () => {
    const ranked = rankPickupStores(stores, levels, lines, { lat: 45.75, lng: 4.85 }, "paris");
    expect(ranked.map((s) => s.slug)).toEqual(["lyon", "paris", "bordeaux", "lille"]);
    expect(ranked[0]).toMatchObject({ linesInStock: 1, lineCount: 2, distanceKm: expect.any(Number) });
    expect(ranked[1]).toMatchObject({ slug: "paris", linesInStock: 2 });
    expect(ranked[2]).toMatchObject({ linesInStock: 0 });
  });

  it("without a position, puts the favourite store first and the others in their order", () => {
    const ranked = rankPickupStores(stores, levels, lines, null, "lyon");
    expect(ranked.map((s) => s.slug)).toEqual(["lyon", "bordeaux", "lille", "paris"]);
    expect(ranked[0]!.distanceKm).toBeUndefined();
  });

  it("counts a line held only in part as not in stock", () => {
    const [lyon] = rankPickupStores(stores, levels, [{ sku: "A", quantity: 3 }], null, "lyon");
    expect(lyon).toMatchObject({ slug: "lyon", linesInStock: 0, lineCount: 1 });
  });
});

describe("preselectedPickupStore", () => {
  it("takes the favourite when it has everything, else the first that does, else none", () => {
    const ranked = rankPickupStores(stores, levels, lines, { lat: 45.75, lng: 4.85 }, null);
    expect(preselectedPickupStore(ranked, "lyon")).toBe("paris");
    expect(preselectedPickupStore(ranked, "paris")).toBe("paris");
    expect(preselectedPickupStore(rankPickupStores(stores, levels, [{ sku: "B", quantity: 9 }], null, null), null)).toBeUndefined();
  });
});
