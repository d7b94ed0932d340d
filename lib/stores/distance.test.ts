import { describe, expect, it } from "vitest";
import { distanceKm, isValidPosition, sortByDistance } from "./distance";

const paris = { lat: 48.8566, lng: 2.3522 };
const lyon = { lat: 45.764, lng: 4.8357 };
const lyonPartDieu = { lat: 45.7606, lng: 4.8594 };
const lyonBellecour = { lat: 45.7578, lng: 4.832 };

describe("distanceKm", () => {
  it("measures Paris–Lyon at about 392 km", () => {
    expect(Math.abs(distanceKm(paris, lyon) - 392)).toBeLessThan(2);
  });

  it("measures Part-Dieu to Bellecour at about 2 km", () => {
    const d = distanceKm(lyonPartDieu, lyonBellecour);
    expect(d).toBeGreaterThan(1.8);
    expect(d).toBeLessThan(2.4);
  });

  it("is symmetric", () => {
    expect(distanceKm(lyon, paris)).toBe(distanceKm(paris, lyon));
  });

  it("is zero for the same point", () => {
    expect(distanceKm(paris, paris)).toBe(0);
  });

  it("takes the short way across the antimeridian", () => {
    // 0.2° of longitude on the equator is about 22 km, not 40,000 km minus that.
    const d = distanceKm({ lat: 0, lng: 179.9 }, { lat: 0, lng: -179.9 });
    expect(d).toBeGreaterThan(22);
    expect(d).toBeLessThan(22.5);
  });

  it("gives half the circumference for antipodes, not NaN", () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

describe("isValidPosition", () => {
  it("accepts real coordinates and the edges", () => {
    expect(isValidPosition(45.764, 4.8357)).toBe(true);
    expect(isValidPosition(-90, 180)).toBe(true);
  });

  it("rejects out-of-range and non-finite values", () => {
    expect(isValidPosition(90.1, 0)).toBe(false);
    expect(isValidPosition(0, -180.1)).toBe(false);
    expect(isValidPosition(Number.NaN, 0)).toBe(false);
    expect(isValidPosition(0, Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe("sortByDistance", () => {
  const stores = [
    { slug: "paris", name: "Vitrine Paris", ...paris },
    { slug: "bellecour", name: "Vitrine Lyon Bellecour", ...lyonBellecour },
    { slug: "part-dieu", name: "Vitrine Lyon Part-Dieu", ...lyonPartDieu },
  ];

  it("puts the nearest first and rounds to 0.1 km", () => {
    const sorted = sortByDistance(stores, lyonPartDieu);
    expect(sorted.map((s) => s.slug)).toEqual(["part-dieu", "bellecour", "paris"]);
    expect(sorted[0]?.distanceKm).toBe(0);
    for (const s of sorted) expect(Math.round(s.distanceKm * 10) / 10).toBe(s.distanceKm);
  });

  it("breaks ties by name and does not touch its input", () => {
    const twins = [
      { name: "B", ...lyon },
      { name: "A", ...lyon },
    ];
    expect(sortByDistance(twins, paris).map((s) => s.name)).toEqual(["A", "B"]);
    expect(twins.map((s) => s.name)).toEqual(["B", "A"]);
    expect("distanceKm" in twins[0]!).toBe(false);
  });
});
