import type { LoyaltyRules } from "./rules";

/**
 * Which challenges a shopper gets for a period (docs/engagement.md#challenges). Pure: the caller
 * reads preferences and history. Everyone gets "one online order and one store pickup"; a
 * shopper the shop knows something about also gets a department to discover (an interest they
 * have not bought from yet, else the department they looked at most without buying) and, with a
 * favourite store, a pickup there.
 */
export type ChallengeKind = "omnichannel" | "discover_category" | "favourite_store";

export interface ChallengeSpec {
  kind: ChallengeKind;
  /** The category or store the challenge names. */
  subject: string | null;
  points: number;
}

export interface ShopperSignals {
  /** Departments of interest from the preference center, in the shopper's order. */
  interests: string[];
  /** Departments viewed, most viewed first. */
  viewedCategories: string[];
  /** Departments already bought from (any time). */
  purchasedCategories: string[];
  favouriteStore: string | null;
}

export function selectChallenges(signals: ShopperSignals, rules: Pick<LoyaltyRules, "challengePoints">): ChallengeSpec[] {
  const chosen: ChallengeSpec[] = [{ kind: "omnichannel", subject: null, points: rules.challengePoints.omnichannel }];
  const bought = new Set(signals.purchasedCategories);
  const discover = signals.interests.find((slug) => !bought.has(slug)) ?? signals.viewedCategories.find((slug) => !bought.has(slug));
  if (discover) chosen.push({ kind: "discover_category", subject: discover, points: rules.challengePoints.discover_category });
  if (signals.favouriteStore) chosen.push({ kind: "favourite_store", subject: signals.favouriteStore, points: rules.challengePoints.favourite_store });
  return chosen;
}

/** What a challenge asks for, step by step: `done` of `total`. */
export interface ChallengeProgress {
  done: number;
  total: number;
}

/** Counts of what the shopper did in the period, read by the caller. */
export interface PeriodActivity {
  onlineOrders: number;
  storePickups: number;
  /** Purchases (orders, pickups) with a line in each category, by slug. */
  purchasesByCategory: Record<string, number>;
  /** Store pickups, by store slug. */
  pickupsByStore: Record<string, number>;
}

export function challengeProgress(spec: Pick<ChallengeSpec, "kind" | "subject">, activity: PeriodActivity): ChallengeProgress {
  switch (spec.kind) {
    case "omnichannel":
      return { done: (activity.onlineOrders > 0 ? 1 : 0) + (activity.storePickups > 0 ? 1 : 0), total: 2 };
    case "discover_category":
      return { done: (activity.purchasesByCategory[spec.subject ?? ""] ?? 0) > 0 ? 1 : 0, total: 1 };
    case "favourite_store":
      return { done: (activity.pickupsByStore[spec.subject ?? ""] ?? 0) > 0 ? 1 : 0, total: 1 };
  }
}
