import { describe, expect, it } from "vitest";
import { isCrossOriginServerAction } from "./server-action-origin";

const action = { "next-action": "7f00aa", host: "shop.example" };

describe("isCrossOriginServerAction", () => {
  it("flags a Server Action whose Origin is another host", () => {
    expect(isCrossOriginServerAction("POST", { ...action, origin: "https://evil.example" })).toBe(true);
    expect(isCrossOriginServerAction("POST", { ...action, origin: "null" })).toBe(true);
    expect(isCrossOriginServerAction("POST", { ...action, origin: "not a url" })).toBe(true);
    expect(isCrossOriginServerAction("POST", { ...action, host: "proxy.internal", "x-forwarded-host": "shop.example", origin: "https://evil.example" })).toBe(true);
  });

  it("lets same-origin actions and everything else through to Next", () => {
    expect(isCrossOriginServerAction("POST", { ...action, origin: "https://shop.example" })).toBe(false);
    expect(isCrossOriginServerAction("POST", { ...action, host: "proxy.internal", "x-forwarded-host": "shop.example", origin: "https://shop.example" })).toBe(false);
    expect(isCrossOriginServerAction("POST", { host: "shop.example", origin: "https://evil.example" })).toBe(false);
    expect(isCrossOriginServerAction("GET", { ...action, origin: "https://evil.example" })).toBe(false);
  });
});
