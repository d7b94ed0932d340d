import { describe, expect, it } from "vitest";
import { isStorableResponse } from "./cache-policy";

const response = (status: number, cacheControl?: string) => new Response(null, { status, headers: cacheControl ? { "Cache-Control": cacheControl } : {} });

describe("isStorableResponse", () => {
  it.each([
    ["private, no-store", false],
    ["no-store", false],
    ["private", false],
    ["Private, max-age=0", false],
    ['no-cache, private="set-cookie"', false],
    ["public, max-age=0, must-revalidate", true],
    ["public, max-age=31536000, immutable", true],
    ["s-maxage=60, stale-while-revalidate=300", true],
  ])("Cache-Control %j → %s", (header, storable) => {
    expect(isStorableResponse(response(200, header))).toBe(storable);
  });

  it("stores a response without Cache-Control", () => {
    expect(isStorableResponse(response(200))).toBe(true);
  });
});
