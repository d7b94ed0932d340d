/**
 * When the sign-up prompt shows, and how (docs/engagement.md#sign-up-prompt). Pure: the client
 * island (components/prompts/signup-prompt.tsx) reads the counters from sessionStorage and
 * localStorage and asks here.
 */

/** The prompt appears from this product or category page of a browser session on. */
export const PROMPT_ON_PAGE = 3;
/** "Plus tard" silences it on this device for this long. */
export const SILENCE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Product and category pages, French or English; not the store availability page, cart or checkout. */
const PROMPT_PAGE = /^(?:\/(?:en|fr))?\/(?:products|categories)\/[^/]+\/?$/;

export function isPromptPage(pathname: string): boolean {
  return PROMPT_PAGE.test(pathname);
}

export type PromptPlacement = "dialog" | "inline" | null;

export interface PromptState {
  /** Product and category pages viewed in this browser session, this one included. */
  pagesViewed: number;
  signedIn: boolean;
  /** Epoch ms until which "Plus tard" silences the prompt, or null. */
  silencedUntil: number | null;
  now: number;
  /** A wide screen with a fine pointer (desktop): a dialog; otherwise the invitation sits in the page. */
  wide: boolean;
  /** The desktop dialog already showed in this session (closed without "Plus tard"). */
  dialogShownThisSession: boolean;
}

export function promptPlacement(state: PromptState): PromptPlacement {
  if (state.signedIn || state.pagesViewed < PROMPT_ON_PAGE) return null;
  if (state.silencedUntil !== null && state.now < state.silencedUntil) return null;
  if (!state.wide) return "inline";
  return state.dialogShownThisSession ? null : "dialog";
}

export function silenceUntil(now: number): number {
  return now + SILENCE_DAYS * DAY_MS;
}

/** A stored number (epoch ms or a count), or null when missing or garbled. */
export function storedNumber(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
