import { describe, expect, it } from "vitest";
import { formatNearCookie, parseNearCookie, parsePosition, resolveShopperOrigin } from "./shopper-place";

describe("shopper place", () => {
  it("rounds a remembered position to about 100 m and reads it back", () => {
    expect(formatNearCookie({ lat: 45.76412345, lng: 4.83571 })).toBe("45.764,4.836");
    expect(parseNearCookie("45.764,4.836")).toEqual({ lat: 45.764, lng: 4.836 });
  });

  it.each([undefined, "", "45.7", "91,0", "0,181", "1e1,2", "45,4,3", "abc,def", "Infinity,0"])("refuses the position %j", (value) => {
    expect(parseNearCookie(value)).toBeNull();
  });

  it("checks both coordinates of a given position", () => {
    expect(parsePosition("45.764", "4.8357")).toEqual({ lat: 45.764, lng: 4.8357 });
    expect(parsePosition("45.764", undefined)).toBeNull();
    expect(parsePosition("-90.5", "0")).toBeNull();
  });

  it("prefers a position given now, then a typed place, then the remembered position", () => {
    const cookie = "48.857,2.352";
    expect(resolveShopperOrigin({ lat: "45.764", lng: "4.8357", near: "Paris", nearCookie: cookie })).toEqual({ kind: "position", origin: { lat: 45.764, lng: 4.8357 } });
    expect(resolveShopperOrigin({ near: "69003", nearCookie: cookie })).toMatchObject({ kind: "place", label: "Lyon" });
    expect(resolveShopperOrigin({ nearCookie: cookie })).toEqual({ kind: "position", origin: { lat: 48.857, lng: 2.352 } });
    expect(resolveShopperOrigin({})).toEqual({ kind: "none" });
  });

  it("says when a typed place is unknown instead of silently using another origin", () => {
    expect(resolveShopperOrigin({ near: "Atlantide", nearCookie: "48.857,2.352" })).toEqual({ kind: "none", unknownPlace: "Atlantide" });
  });
});
