/**
 * The first-party visitor cookie (docs/accounts.md): a random id per browser, set by proxy.ts on the
 * first page, that product views and cart changes are recorded against until the shopper signs
 * in. Edge-safe and pure (proxy.ts imports it).
 */
export const VISITOR_COOKIE = "vitrine_vid";
/** The campaign (utm_source) this browser arrived from, kept for the browser session. */
export const SOURCE_COOKIE = "vitrine_src";
export const VISITOR_MAX_AGE = 60 * 60 * 24 * 400; // the longest browsers keep a cookie

const VISITOR_ID = /^[A-Za-z0-9_-]{22,64}$/;

export function isVisitorId(value: unknown): value is string {
  return typeof value === "string" && VISITOR_ID.test(value);
}

export function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A campaign name as a short token ("newsletter-nov"), or null: it goes into a cookie and a report. */
export function cleanSource(value: string | null | undefined): string | null {
  const cleaned = (value ?? "").trim().toLowerCase().replace(/[^a-z0-9._-]/g, "").slice(0, 40);
  return cleaned || null;
}
