import { describe, expect, it } from "vitest";
import { deliveryConfig } from "./config";
import { deliveryWindow, isBusinessDay, windowChangesAt } from "./dates";
import { frenchPublicHolidays } from "./holidays";
import { deliveryFeeCents, deliveryOptions, leftForFreeDelivery } from "./options";

const rule = { minDays: 2, maxDays: 3, cutoffHour: 14, timeZone: "Europe/Paris" };

describe("frenchPublicHolidays", () => {
  it("knows the fixed days and the Easter-based ones", () => {
    expect([...frenchPublicHolidays(2026)].sort()).toEqual([
      "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
    ]);
    // Easter 2027 is 28 March (Monday 29 March); 2024's was 31 March.
    expect(frenchPublicHolidays(2027).has("2027-03-29")).toBe(true);
    expect(frenchPublicHolidays(2024).has("2024-04-01")).toBe(true);
    expect(frenchPublicHolidays(2024).has("2024-05-09")).toBe(true); // Ascension
  });

  it("counts weekends and holidays out of business days", () => {
    expect(isBusinessDay(new Date("2026-12-25T00:00:00Z"))).toBe(false);
    expect(isBusinessDay(new Date("2026-12-26T00:00:00Z"))).toBe(false); // Saturday
    expect(isBusinessDay(new Date("2026-12-28T00:00:00Z"))).toBe(true);
  });
});

describe("deliveryWindow", () => {
  it("ships the same day before the cut-off, the next business day after it (Paris time)", () => {
    // Tuesday 1 December 2026, 13:59 in Paris (12:59 UTC): leaves Tuesday → Thursday 3 to Friday 4.
    expect(deliveryWindow(new Date("2026-12-01T12:59:00Z"), rule)).toEqual({ earliest: "2026-12-03", latest: "2026-12-04" });
    // 14:00 in Paris: leaves Wednesday → Friday 4 to Monday 7.
    expect(deliveryWindow(new Date("2026-12-01T13:00:00Z"), rule)).toEqual({ earliest: "2026-12-04", latest: "2026-12-07" });
  });

  it("uses the shop's clock, not UTC: 00:30 in Paris is already the next day", () => {
    // Friday 23:30 UTC = Saturday 00:30 in Paris in winter: leaves Monday.
    expect(deliveryWindow(new Date("2026-12-04T23:30:00Z"), rule)).toEqual({ earliest: "2026-12-09", latest: "2026-12-10" });
  });

  it("skips weekends and public holidays on the way", () => {
    // Thursday 24 December 2026, 10:00: leaves that day; 25th and the weekend do not count.
    expect(deliveryWindow(new Date("2026-12-24T09:00:00Z"), rule)).toEqual({ earliest: "2026-12-29", latest: "2026-12-30" });
    // Wednesday 13 May 2026 after cut-off: Ascension (14th) → leaves Friday 15th; Whit Monday is 25th.
    expect(deliveryWindow(new Date("2026-05-13T15:00:00Z"), { ...rule, minDays: 5, maxDays: 6 })).toEqual({ earliest: "2026-05-22", latest: "2026-05-26" });
  });

  it("with zero days, is ready the dispatch day (store pickup)", () => {
    expect(deliveryWindow(new Date("2026-12-01T08:00:00Z"), { ...rule, minDays: 0, maxDays: 0 })).toEqual({ earliest: "2026-12-01", latest: "2026-12-01" });
    expect(deliveryWindow(new Date("2026-12-05T08:00:00Z"), { ...rule, minDays: 0, maxDays: 0 })).toEqual({ earliest: "2026-12-07", latest: "2026-12-07" });
  });

  it("keeps the calendar across the summer time change", () => {
    // Friday 27 March 2026, 13:30 Paris (12:30 UTC, before the change on Sunday 29th).
    expect(deliveryWindow(new Date("2026-03-27T12:30:00Z"), rule)).toEqual({ earliest: "2026-03-31", latest: "2026-04-01" });
    // Monday 30 March 13:30 Paris is 11:30 UTC in summer time: still before the cut-off.
    expect(deliveryWindow(new Date("2026-03-30T11:30:00Z"), rule)).toEqual({ earliest: "2026-04-01", latest: "2026-04-02" });
  });
});

describe("delivery prices", () => {
  const config = deliveryConfig({});

  it("charges home and relay below the threshold, nothing from it on, never for pickup", () => {
    expect(deliveryFeeCents("home", 4999, config)).toBe(490);
    expect(deliveryFeeCents("relay", 4999, config)).toBe(390);
    expect(deliveryFeeCents("home", 5000, config)).toBe(0);
    expect(deliveryFeeCents("pickup", 100, config)).toBe(0);
    expect(leftForFreeDelivery(3210, config)).toBe(1790);
    expect(leftForFreeDelivery(9000, config)).toBe(0);
  });

  it("lists every method with its fee and dates", () => {
    const options = deliveryOptions(1000, new Date("2026-12-01T08:00:00Z"), config);
    expect(options.map((o) => [o.method, o.feeCents, o.earliest, o.latest])).toEqual([
      ["home", 490, "2026-12-03", "2026-12-04"],
      ["relay", 390, "2026-12-04", "2026-12-08"],
      ["pickup", 0, "2026-12-01", "2026-12-01"],
    ]);
  });

  it("reads its settings from the environment and refuses nonsense", () => {
    const custom = deliveryConfig({ DELIVERY_HOME_FEE_CENTS: "599", FREE_DELIVERY_THRESHOLD_CENTS: "0", DELIVERY_HOME_DAYS: "1", DELIVERY_CUTOFF_HOUR: "12" });
    expect(custom.methods.home).toEqual({ feeCents: 599, minDays: 1, maxDays: 1 });
    expect(deliveryFeeCents("home", 0, custom)).toBe(0);
    expect(custom.cutoffHour).toBe(12);
    expect(() => deliveryConfig({ DELIVERY_HOME_FEE_CENTS: "4,90" })).toThrow(/DELIVERY_HOME_FEE_CENTS/);
    expect(() => deliveryConfig({ DELIVERY_TIME_ZONE: "Mars/Olympus" })).toThrow(/DELIVERY_TIME_ZONE/);
    expect(() => deliveryConfig({ DELIVERY_RELAY_DAYS: "soon" })).toThrow(/DELIVERY_RELAY_DAYS/);
  });
});

describe("windowChangesAt", () => {
  const paris = { cutoffHour: 14, timeZone: "Europe/Paris" };
  it("is the cut-off hour while it is ahead, then the shop's midnight", () => {
    // 09:30 in Paris (winter, UTC+1): changes at 14:00 Paris = 13:00 UTC.
    expect(windowChangesAt(new Date("2026-12-01T08:30:00Z"), paris).toISOString()).toBe("2026-12-01T13:00:00.000Z");
    // At 14:00 exactly the cut-off has passed: next change at midnight Paris = 23:00 UTC.
    expect(windowChangesAt(new Date("2026-12-01T13:00:00Z"), paris).toISOString()).toBe("2026-12-01T23:00:00.000Z");
    // 00:30 in Paris is already the next day: its cut-off comes next.
    expect(windowChangesAt(new Date("2026-12-04T23:30:00Z"), paris).toISOString()).toBe("2026-12-05T13:00:00.000Z");
  });

  it("follows summer time starting or ending before the change", () => {
    // Saturday 28 March 2026, 20:00 Paris (UTC+1); clocks go forward that night, so midnight
    // Paris is still 23:00 UTC, but Sunday's 14:00 is 12:00 UTC.
    expect(windowChangesAt(new Date("2026-03-28T19:00:00Z"), paris).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(windowChangesAt(new Date("2026-03-29T01:30:00Z"), paris).toISOString()).toBe("2026-03-29T12:00:00.000Z");
    // 25 October 2026 02:30 UTC is 03:30 Paris after the clocks went back: cut-off 14:00 = 13:00 UTC.
    expect(windowChangesAt(new Date("2026-10-25T02:30:00Z"), paris).toISOString()).toBe("2026-10-25T13:00:00.000Z");
  });

  it("answers the same window right up to the change, and may differ from it on", () => {
    const rule = { minDays: 2, maxDays: 3, ...paris };
    for (const now of ["2026-12-01T08:30:00Z", "2026-12-01T13:00:00Z", "2026-12-04T23:30:00Z", "2026-03-28T19:00:00Z"].map((iso) => new Date(iso))) {
      const at = windowChangesAt(now, paris).getTime();
      expect(deliveryWindow(new Date(at - 1), rule)).toEqual(deliveryWindow(now, rule));
    }
  });
});
