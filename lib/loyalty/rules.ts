/**
 * The loyalty programme's numbers (docs/engagement.md#points): read from the environment where a
 * retailer would want to change them, else the defaults below. Pure: takes the environment.
 */
export type TierId = "essential" | "silver" | "gold";

export interface LoyaltyRules {
  /** Points per whole euro paid (LOYALTY_POINTS_PER_EURO, default 1). */
  pointsPerEuro: number;
  /** Points from which each tier starts, lowest first (LOYALTY_TIER_THRESHOLDS="silver,gold", default "500,1500"). */
  tiers: { id: TierId; from: number }[];
  /** Points a completed challenge earns, per kind. */
  challengePoints: { omnichannel: number; discover_category: number; favourite_store: number };
}

const DEFAULT_THRESHOLDS = [500, 1500];

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export function loyaltyRules(env: Record<string, string | undefined> = process.env): LoyaltyRules {
  const pointsPerEuro = positiveInt(env.LOYALTY_POINTS_PER_EURO, 1, "LOYALTY_POINTS_PER_EURO");
  const raw = env.LOYALTY_TIER_THRESHOLDS?.trim();
  const thresholds = raw ? raw.split(",").map((part) => positiveInt(part, 0, "LOYALTY_TIER_THRESHOLDS")) : DEFAULT_THRESHOLDS;
  if (thresholds.length !== 2 || thresholds[0]! >= thresholds[1]!) throw new Error(`LOYALTY_TIER_THRESHOLDS must be two increasing numbers ("silver,gold"), got "${raw}"`);
  return {
    pointsPerEuro,
    tiers: [
      { id: "essential", from: 0 },
      { id: "silver", from: thresholds[0]! },
      { id: "gold", from: thresholds[1]! },
    ],
    challengePoints: { omnichannel: 200, discover_category: 100, favourite_store: 100 },
  };
}

/** Points for a purchase of `cents`: whole euros only, never rounded up (integer arithmetic). */
export function pointsForCents(cents: number, rules: Pick<LoyaltyRules, "pointsPerEuro">): number {
  if (!Number.isInteger(cents) || cents <= 0) return 0;
  return Math.floor(cents / 100) * rules.pointsPerEuro;
}
