import { describe, expect, it } from "vitest";
import { deviceClass, deviceLabel } from "./device";

const PIXEL =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
const IPAD = "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const GALAXY_TAB = "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

describe("deviceClass", () => {
  it("tells phones, tablets and desktops apart from the User-Agent", () => {
    expect(deviceClass({ userAgent: PIXEL })).toBe("mobile");
    expect(deviceClass({ userAgent: IPHONE })).toBe("mobile");
    expect(deviceClass({ userAgent: IPAD })).toBe("tablet");
    expect(deviceClass({ userAgent: GALAXY_TAB })).toBe("tablet");
    expect(deviceClass({ userAgent: WINDOWS })).toBe("desktop");
    expect(deviceClass({ userAgent: null })).toBe("desktop");
  });

  it("trusts the mobile client hint", () => {
    expect(deviceClass({ userAgent: WINDOWS, chMobile: "?1" })).toBe("mobile");
  });
});

describe("deviceLabel", () => {
  it("names browser and platform", () => {
    expect(deviceLabel({ userAgent: PIXEL })).toBe("Chrome · Android");
    expect(deviceLabel({ userAgent: IPHONE })).toBe("Safari · iOS");
    expect(deviceLabel({ userAgent: WINDOWS, chPlatform: '"Windows"' })).toBe("Chrome · Windows");
    expect(deviceLabel({ userAgent: "" })).toBe("");
  });
});
