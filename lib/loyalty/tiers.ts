import type { LoyaltyRules, TierId } from "./rules";

/** The tier ids, lowest first. */
export const TIERS: readonly TierId[] = ["essential", "silver", "gold"];

export interface TierStanding {
  tier: TierId;
  /** The next tier and the points still missing to reach it; null at the top. */
  next: { tier: TierId; from: number; missing: number } | null;
  /** 0–1: how far between this tier's threshold and the next one (1 at the top). */
  progress: number;
}

/** Which tier `points` reach, and how far to the next (docs/engagement.md#tiers-and-offers). Pure. */
export function tierStanding(points: number, rules: Pick<LoyaltyRules, "tiers">): TierStanding {
  const tiers = [...rules.tiers].sort((a, b) => a.from - b.from);
  let index = 0;
  for (let i = 0; i < tiers.length; i++) if (points >= tiers[i]!.from) index = i;
  const current = tiers[index]!;
  const next = tiers[index + 1];
  if (!next) return { tier: current.id, next: null, progress: 1 };
  return { tier: current.id, next: { tier: next.id, from: next.from, missing: next.from - points }, progress: (points - current.from) / (next.from - current.from) };
}

/** What each tier brings; a tier keeps the offers of the tiers below it. */
const OFFERS_BY_TIER: Record<TierId, readonly string[]> = {
  essential: ["freePickup", "birthdayGift"],
  silver: ["freeDelivery", "earlyAccess"],
  gold: ["freeAlterations", "personalShopper"],
};

export function offersFor(tier: TierId): string[] {
  return TIERS.slice(0, TIERS.indexOf(tier) + 1).flatMap((id) => OFFERS_BY_TIER[id]);
}
