import { describe, expect, it } from "vitest";
import { challengeProgress, selectChallenges, type PeriodActivity } from "./challenge-selection";
import { monthOf } from "./period";
import { loyaltyRules } from "./rules";

const rules = loyaltyRules({});
const nobody = { interests: [], viewedCategories: [], purchasedCategories: [], favouriteStore: null };

describe("challenge selection", () => {
  it("gives everyone the online + store challenge", () => {
    expect(selectChallenges(nobody, rules)).toEqual([{ kind: "omnichannel", subject: null, points: 200 }]);
  });

  it("picks a department of interest not bought from yet, before viewed ones", () => {
    const chosen = selectChallenges({ ...nobody, interests: ["chaussures", "sacs"], viewedCategories: ["robes"], purchasedCategories: ["chaussures"] }, rules);
    expect(chosen.map((c) => [c.kind, c.subject])).toEqual([
      ["omnichannel", null],
      ["discover_category", "sacs"],
    ]);
  });

  it("falls back to the most viewed department, and adds the favourite store", () => {
    const chosen = selectChallenges({ ...nobody, interests: ["sacs"], viewedCategories: ["sacs", "robes", "pulls"], purchasedCategories: ["sacs"], favouriteStore: "lyon-bellecour" }, rules);
    expect(chosen.map((c) => [c.kind, c.subject, c.points])).toEqual([
      ["omnichannel", null, 200],
      ["discover_category", "robes", 100],
      ["favourite_store", "lyon-bellecour", 100],
    ]);
  });

  it("counts progress from the period's activity", () => {
    const none: PeriodActivity = { onlineOrders: 0, storePickups: 0, purchasesByCategory: {}, pickupsByStore: {} };
    expect(challengeProgress({ kind: "omnichannel", subject: null }, none)).toEqual({ done: 0, total: 2 });
    expect(challengeProgress({ kind: "omnichannel", subject: null }, { ...none, onlineOrders: 3 })).toEqual({ done: 1, total: 2 });
    expect(challengeProgress({ kind: "omnichannel", subject: null }, { ...none, onlineOrders: 1, storePickups: 1 })).toEqual({ done: 2, total: 2 });
    expect(challengeProgress({ kind: "discover_category", subject: "sacs" }, { ...none, purchasesByCategory: { robes: 1 } }).done).toBe(0);
    expect(challengeProgress({ kind: "discover_category", subject: "sacs" }, { ...none, purchasesByCategory: { sacs: 1 } }).done).toBe(1);
    expect(challengeProgress({ kind: "favourite_store", subject: "lyon" }, { ...none, pickupsByStore: { lyon: 2 } }).done).toBe(1);
  });

  it("runs challenges for the calendar month in Paris", () => {
    // 31 Dec 2026 23:30 UTC is already 1 January in Paris (UTC+1).
    expect(monthOf(new Date("2026-12-31T23:30:00Z"))).toEqual({ key: "2027-01", startsAt: new Date("2026-12-31T23:00:00Z"), endsAt: new Date("2027-01-31T23:00:00Z") });
    // Summer time: March starts at UTC+1, ends at UTC+2.
    expect(monthOf(new Date("2026-03-15T12:00:00Z"))).toEqual({ key: "2026-03", startsAt: new Date("2026-02-28T23:00:00Z"), endsAt: new Date("2026-03-31T22:00:00Z") });
  });
});
