import { describe, expect, it } from "vitest";
import { endlessAisleDeliveryDay } from "./delivery-date";

describe("endless-aisle delivery date", () => {
  it("counts working days from the order, cut-off at 14:00 Paris time", () => {
    // Tuesday 1 December 2026, 10:00 in Paris (09:00 UTC): home Thursday 3, store Friday 4.
    expect(endlessAisleDeliveryDay("home", new Date("2026-12-01T09:00:00Z"))).toBe("2026-12-03");
    expect(endlessAisleDeliveryDay("store", new Date("2026-12-01T09:00:00Z"))).toBe("2026-12-04");
    // The same day at 15:00 in Paris: one working day later.
    expect(endlessAisleDeliveryDay("home", new Date("2026-12-01T14:00:00Z"))).toBe("2026-12-04");
  });

  it("skips the weekend", () => {
    // Friday 4 December 2026, 11:00 Paris: Monday, Tuesday → Tuesday 8.
    expect(endlessAisleDeliveryDay("home", new Date("2026-12-04T10:00:00Z"))).toBe("2026-12-08");
    // Saturday counts as after the cut-off: Monday ships, arrives Wednesday 9.
    expect(endlessAisleDeliveryDay("home", new Date("2026-12-05T10:00:00Z"))).toBe("2026-12-09");
  });

  it("takes the day in Paris, not in UTC", () => {
    // 23:30 UTC on Monday 30 November is 00:30 on Tuesday 1 December in Paris.
    expect(endlessAisleDeliveryDay("home", new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-03");
  });
});
