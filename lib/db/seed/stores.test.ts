import { describe, expect, it } from "vitest";
import { STORES } from "./stores";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

describe("STORES", () => {
  it("covers French cities, with two stores in Paris and in Lyon", () => {
    expect(STORES.length).toBeGreaterThanOrEqual(14);
    expect(new Set(STORES.map((s) => s.slug)).size).toBe(STORES.length);
    expect(STORES.filter((s) => s.city === "Paris")).toHaveLength(2);
    expect(STORES.filter((s) => s.city === "Lyon")).toHaveLength(2);
    expect(new Set(STORES.map((s) => s.city)).size).toBeGreaterThanOrEqual(12);
  });

  it("has postal addresses, French phone numbers and coordinates in metropolitan France", () => {
    for (const store of STORES) {
      expect(store.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(store.name).toMatch(/^Vitrine /);
      expect(store.postcode).toMatch(/^\d{5}$/);
      expect(store.phone).toMatch(/^0[1-5]( \d\d){4}$/);
      expect(store.lat).toBeGreaterThan(41.3);
      expect(store.lat).toBeLessThan(51.1);
      expect(store.lng).toBeGreaterThan(-5.2);
      expect(store.lng).toBeLessThan(9.6);
    }
  });

  it("opens on weekdays with well-formed, ordered ranges, Monday first", () => {
    for (const { openingHours } of STORES) {
      expect(openingHours).toHaveLength(7);
      expect(openingHours.slice(1, 6).every((day) => day.length > 0)).toBe(true);
      for (const day of openingHours) {
        const times = day.flat();
        for (const time of times) expect(time).toMatch(TIME);
        expect([...times].sort()).toEqual(times);
      }
    }
    expect(STORES.some((s) => s.openingHours[6]!.length > 0)).toBe(true);
    expect(STORES.some((s) => s.openingHours[1]!.length === 2)).toBe(true);
  });
});
