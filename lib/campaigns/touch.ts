import type { CampaignTouch } from "../db/schema";
import { LOCALE_COOKIE, pickLocale } from "../i18n/locale";
import { cleanSource } from "../visitor/cookie";
import { FIRST_TOUCH_COOKIE, LAST_TOUCH_COOKIE } from "./touch-cookies";

/**
 * Campaign touches (docs/back-office.md): where a browser came from, kept in two first-party
 * cookies: the first touch (30 days) and the last one (the browser session). Orders and
 * reservations copy both. Values are short tokens only (`source~campaign~slug`), never raw
 * query text. Pure and edge-safe.
 */
export { FIRST_TOUCH_COOKIE, LAST_TOUCH_COOKIE };
export const FIRST_TOUCH_MAX_AGE = 60 * 60 * 24 * 30;

export function encodeTouch(touch: CampaignTouch): string {
  return [touch.source, touch.campaign, touch.slug].map((part) => part ?? "").join("~");
}

export function decodeTouch(value: string | null | undefined): CampaignTouch | null {
  if (!value) return null;
  const [source = "", campaign = "", slug = ""] = value.split("~");
  const touch = { source: cleanSource(source), campaign: cleanSource(campaign), slug: cleanSource(slug) };
  return touch.source || touch.campaign ? touch : null;
}

export interface Attribution {
  locale: string;
  firstTouch: CampaignTouch | null;
  lastTouch: CampaignTouch | null;
}

/** The attribution of a request, from its cookies and Accept-Language. */
export function attributionFrom(cookie: (name: string) => string | undefined, acceptLanguage: string | null): Attribution {
  return {
    locale: pickLocale(cookie(LOCALE_COOKIE), acceptLanguage),
    firstTouch: decodeTouch(cookie(FIRST_TOUCH_COOKIE)),
    lastTouch: decodeTouch(cookie(LAST_TOUCH_COOKIE)),
  };
}
