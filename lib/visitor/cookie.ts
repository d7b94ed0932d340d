/**
 * The first-party visitor cookie (docs/accounts.md): a random id per browser, given by the first
 * POST /api/events (pages set no cookie, so caches can keep them: docs/scaling.md), that product
 * views and cart changes are recorded against until the shopper signs in. Pure.
 */
export const VISITOR_COOKIE = "vitrine_vid";
/** The campaign (utm_source) this browser arrived from, kept for the browser session. */
export const SOURCE_COOKIE = "vitrine_src";
/** The browser session the page started, `id.installed` (lib/analytics/track.ts writes it, docs/back-office.md). */
export const SESSION_COOKIE = "vitrine_sess";
/** Set by the sign-up prompt's link for the browser session, so the sign-up it leads to counts as the prompt's (docs/engagement.md#sign-up-prompt). */
export const SIGNUP_PROMPT_COOKIE = "vitrine_signup_prompt";
/** 13 months at most (395 days): the CNIL's limit for a consent-exempt audience cookie. */
export const VISITOR_MAX_AGE = 60 * 60 * 24 * 395;

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
