/**
 * Device class and a short human label from the request's User-Agent and client hints, for
 * product views ("viewed on your phone") and the devices page. Pure: no framework imports.
 */
export type DeviceClass = "mobile" | "tablet" | "desktop";

export interface DeviceHints {
  userAgent?: string | null;
  /** `Sec-CH-UA-Mobile`: "?1" on phones in Chromium browsers. */
  chMobile?: string | null;
  /** `Sec-CH-UA-Platform`, e.g. "\"Android\"". */
  chPlatform?: string | null;
}

const TABLET = /iPad|Tablet|PlayBook|Silk|Kindle|Nexus (7|9|10)|SM-T\d|Android(?!.*Mobile)/i;
const MOBILE = /Mobi|iPhone|iPod|Android.*Mobile|Windows Phone|Opera Mini|IEMobile/i;

export function deviceClass({ userAgent, chMobile }: DeviceHints): DeviceClass {
  const ua = userAgent ?? "";
  if (chMobile === "?1") return "mobile";
  if (TABLET.test(ua)) return "tablet";
  if (MOBILE.test(ua)) return "mobile";
  return "desktop";
}

function platform({ userAgent, chPlatform }: DeviceHints): string | null {
  const hinted = chPlatform?.replace(/"/g, "").trim();
  if (hinted) return hinted === "macOS" ? "macOS" : hinted;
  const ua = userAgent ?? "";
  if (/Android/i.test(ua)) return "Android";
  if (/iPhone|iPad|iPod/i.test(ua)) return "iOS";
  if (/Windows/i.test(ua)) return "Windows";
  if (/Mac OS X|Macintosh/i.test(ua)) return "macOS";
  if (/CrOS/i.test(ua)) return "ChromeOS";
  if (/Linux/i.test(ua)) return "Linux";
  return null;
}

function browser(userAgent: string): string | null {
  if (/Edg\//.test(userAgent)) return "Edge";
  if (/OPR\/|Opera/.test(userAgent)) return "Opera";
  if (/SamsungBrowser/.test(userAgent)) return "Samsung Internet";
  if (/Firefox\/|FxiOS/.test(userAgent)) return "Firefox";
  if (/Chrome\/|CriOS|Chromium/.test(userAgent)) return "Chrome";
  if (/Safari\//.test(userAgent)) return "Safari";
  return null;
}

/** "Chrome · Android"; falls back to whichever half is known, else "". */
export function deviceLabel(hints: DeviceHints): string {
  return [browser(hints.userAgent ?? ""), platform(hints)].filter(Boolean).join(" · ");
}
