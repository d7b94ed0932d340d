import type { Db } from "../db/client";
import { ensureCardNumber } from "./card";
import { currentChallenges, type ChallengeView } from "./challenges";
import { pointsBalance, settlePurchases } from "./ledger";
import { monthOf } from "./period";
import { loyaltyRules, type LoyaltyRules, type TierId } from "./rules";
import { offersFor, tierStanding, type TierStanding } from "./tiers";

/** Everything the loyalty card shows, as of `asOf` (docs/engagement.md#loyalty-card). */
export interface LoyaltySummary {
  cardNumber: string;
  points: number;
  tier: TierId;
  next: TierStanding["next"];
  progress: number;
  offers: string[];
  challenges: ChallengeView[];
  asOf: Date;
}

/**
 * Brings the account's points up to date (purchases owed, challenges done) and reads the card.
 * Settling on read makes every device see the same total without a job: an order placed or a
 * pickup collected counts at the next read, once.
 */
export async function loyaltySummary(db: Db, userId: string, now: Date = new Date(), rules: LoyaltyRules = loyaltyRules()): Promise<LoyaltySummary> {
  const cardNumber = await ensureCardNumber(db, userId);
  await settlePurchases(db, userId, rules);
  const challenges = await currentChallenges(db, userId, monthOf(now), rules, now);
  const points = await pointsBalance(db, userId);
  const standing = tierStanding(points, rules);
  return { cardNumber, points, tier: standing.tier, next: standing.next, progress: standing.progress, offers: offersFor(standing.tier), challenges, asOf: now };
}
