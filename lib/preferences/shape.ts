import { z } from "zod";
import type { StoredPreferences } from "../db/schema";

export type Preferences = StoredPreferences;
export type Channel = keyof Preferences["channels"];
export type Topic = keyof Preferences["topics"];

export const CHANNELS: readonly Channel[] = ["email", "sms", "push"];
/** Marketing topics first; `orderUpdates` is the one transactional topic (docs/engagement.md#preferences). */
export const TOPICS: readonly Topic[] = ["promotions", "newsletter", "loyalty", "events", "backInStock", "orderUpdates"];
export const TRANSACTIONAL_TOPICS: readonly Topic[] = ["orderUpdates"];

/** Limits on what a shopper can store, so a body cannot grow a row without bound. */
export const MAX_INTERESTS = 50;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Marketing is opt-in (French CPCE L34-5): every channel and marketing topic starts off; order
 * and pickup updates are service messages, on by default.
 */
export function defaultPreferences(): Preferences {
  return {
    channels: { email: false, sms: false, push: false },
    topics: { promotions: false, newsletter: false, loyalty: false, events: false, backInStock: false, orderUpdates: true },
    interests: [],
    sizes: {},
    favouriteStore: null,
  };
}

const slug = z.string().regex(SLUG, "must be a slug (lowercase letters, digits and '-')");

/** The `PUT /api/preferences` body: the whole shape, nothing more (unknown keys are refused). */
export const preferencesSchema = z
  .object({
    channels: z.object({ email: z.boolean(), sms: z.boolean(), push: z.boolean() }).strict(),
    topics: z
      .object({
        promotions: z.boolean(),
        newsletter: z.boolean(),
        loyalty: z.boolean(),
        events: z.boolean(),
        backInStock: z.boolean(),
        orderUpdates: z.boolean(),
      })
      .strict(),
    interests: z.array(slug).max(MAX_INTERESTS).refine((list) => new Set(list).size === list.length, "must not repeat a category"),
    sizes: z.record(slug, z.string().min(1).max(20)).refine((sizes) => Object.keys(sizes).length <= MAX_INTERESTS, `at most ${MAX_INTERESTS} categories`),
    favouriteStore: slug.nullable(),
  })
  .strict() satisfies z.ZodType<Preferences>;
