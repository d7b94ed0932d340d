import { describe, expect, it } from "vitest";
import { loyaltyRules, pointsForCents } from "./rules";
import { offersFor, tierStanding } from "./tiers";

describe("points and tiers", () => {
  const rules = loyaltyRules({});

  it("earns whole euros only, from integer cents", () => {
    expect(pointsForCents(4990, rules)).toBe(49);
    expect(pointsForCents(99, rules)).toBe(0);
    expect(pointsForCents(-500, rules)).toBe(0);
    expect(pointsForCents(12_345, loyaltyRules({ LOYALTY_POINTS_PER_EURO: "2" }))).toBe(246);
  });

  it("places points in a tier and measures the way to the next", () => {
    expect(tierStanding(0, rules)).toEqual({ tier: "essential", next: { tier: "silver", from: 500, missing: 500 }, progress: 0 });
    expect(tierStanding(499, rules).tier).toBe("essential");
    expect(tierStanding(500, rules)).toEqual({ tier: "silver", next: { tier: "gold", from: 1500, missing: 1000 }, progress: 0 });
    expect(tierStanding(1000, rules).progress).toBe(0.5);
    expect(tierStanding(1500, rules)).toEqual({ tier: "gold", next: null, progress: 1 });
    expect(tierStanding(99_999, rules).tier).toBe("gold");
  });

  it("reads thresholds from the environment and refuses nonsense", () => {
    expect(tierStanding(250, loyaltyRules({ LOYALTY_TIER_THRESHOLDS: "200,800" })).tier).toBe("silver");
    expect(() => loyaltyRules({ LOYALTY_TIER_THRESHOLDS: "800,200" })).toThrow(/increasing/);
    expect(() => loyaltyRules({ LOYALTY_TIER_THRESHOLDS: "500" })).toThrow();
    expect(() => loyaltyRules({ LOYALTY_POINTS_PER_EURO: "1.5" })).toThrow(/whole number/);
  });

  it("keeps the offers of lower tiers", () => {
    expect(offersFor("essential")).toEqual(["freePickup", "birthdayGift"]);
    expect(offersFor("gold")).toEqual(["freePickup", "birthdayGift", "freeDelivery", "earlyAccess", "freeAlterations", "personalShopper"]);
  });
});
