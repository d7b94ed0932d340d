import { describe, expect, it } from "vitest";
import { directionsUrl } from "./directions";

describe("directionsUrl", () => {
  it("routes to the store's coordinates, five decimals (about a metre)", () => {
    const url = new URL(directionsUrl({ lat: 45.7640001, lng: 4.8357 }));
    expect(url.hostname).toBe("www.openstreetmap.org");
    expect(url.searchParams.get("route")).toBe(";45.76400,4.83570");
    expect(url.hash).toBe("#map=15/45.76400/4.83570");
  });
});
