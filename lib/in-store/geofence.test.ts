import { describe, expect, it } from "vitest";
import { DEFAULT_IN_STORE_RADIUS_METRES, hasLeft, inStoreRadiusMetres, storeAt } from "./geofence";

const partDieu = { slug: "lyon-part-dieu", name: "Vitrine Lyon Part-Dieu", lat: 45.7606, lng: 4.8593, radiusMetres: 150 };
const bellecour = { slug: "lyon-bellecour", name: "Vitrine Lyon Bellecour", lat: 45.7578, lng: 4.832, radiusMetres: 150 };
// 0.001° of latitude is about 111 m.
const north = (store: typeof partDieu, metres: number) => ({ lat: store.lat + metres / 111_195, lng: store.lng });

describe("in-store geofence", () => {
  it("finds the store whose radius holds the position", () => {
    expect(storeAt(north(partDieu, 100), [bellecour, partDieu])?.slug).toBe("lyon-part-dieu");
    expect(storeAt(north(partDieu, 200), [bellecour, partDieu])).toBeNull();
  });

  it("takes the nearest of two overlapping stores", () => {
    const wide = { ...bellecour, radiusMetres: 5000 };
    expect(storeAt(north(partDieu, 10), [wide, partDieu])?.slug).toBe("lyon-part-dieu");
  });

  it("leaves only beyond the radius plus the margin", () => {
    expect(hasLeft(north(partDieu, 160), partDieu)).toBe(false);
    expect(hasLeft(north(partDieu, 200), partDieu)).toBe(true);
  });

  it("reads the radius setting, falling back to the default on nonsense", () => {
    expect(inStoreRadiusMetres("300")).toBe(300);
    expect(inStoreRadiusMetres(undefined)).toBe(DEFAULT_IN_STORE_RADIUS_METRES);
    expect(inStoreRadiusMetres("0")).toBe(DEFAULT_IN_STORE_RADIUS_METRES);
    expect(inStoreRadiusMetres("1e3")).toBe(DEFAULT_IN_STORE_RADIUS_METRES);
  });
});
