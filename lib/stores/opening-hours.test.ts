import { describe, expect, it } from "vitest";
import { isOpenAt, nextChange, openingHoursSchema, validateOpeningHours, weekdayAt, type OpeningHours } from "./opening-hours";

const closed: [string, string][] = [];
const mondayToSaturday = (ranges: [string, string][], sunday = closed): OpeningHours => [ranges, ranges, ranges, ranges, ranges, ranges, sunday];

/** 10:00–19:30 Monday to Saturday, closed on Sunday. */
const cityCentre = mondayToSaturday([["10:00", "19:30"]]);
const sundayMornings = mondayToSaturday([["10:00", "19:30"]], [["10:00", "13:00"]]);
const lunchBreak = mondayToSaturday([
  ["10:00", "12:30"],
  ["14:00", "19:00"],
]);

describe("isOpenAt", () => {
  it("is open inside a range, in Paris time", () => {
    expect(isOpenAt(cityCentre, new Date("2025-10-22T12:00:00Z"))).toBe(true); // Wednesday 14:00 CEST
  });

  it("follows the end of summer time: the same UTC hour is 10:30 one Monday and 09:30 the next", () => {
    expect(isOpenAt(cityCentre, new Date("2025-10-20T08:30:00Z"))).toBe(true); // 10:30 CEST
    expect(isOpenAt(cityCentre, new Date("2025-10-27T08:30:00Z"))).toBe(false); // 09:30 CET, DST ended on the 26th
  });

  it("follows the start of summer time on the changeover Sunday itself", () => {
    expect(isOpenAt(sundayMornings, new Date("2025-03-30T08:00:00Z"))).toBe(true); // 10:00 CEST
    expect(isOpenAt(sundayMornings, new Date("2025-03-23T08:00:00Z"))).toBe(false); // 09:00 CET
  });

  it("is closed all day on a closed Sunday", () => {
    expect(isOpenAt(cityCentre, new Date("2025-10-26T12:00:00Z"))).toBe(false);
  });

  it("counts the opening minute in and the closing minute out", () => {
    expect(isOpenAt(cityCentre, new Date("2025-10-22T08:00:00Z"))).toBe(true); // 10:00
    expect(isOpenAt(cityCentre, new Date("2025-10-22T17:29:59Z"))).toBe(true); // 19:29:59
    expect(isOpenAt(cityCentre, new Date("2025-10-22T17:30:00Z"))).toBe(false); // 19:30
  });

  it("reads local midnight as 00:00 of the next day", () => {
    const tuesdayNight: OpeningHours = [closed, [["00:00", "01:00"]], closed, closed, closed, closed, closed];
    expect(isOpenAt(tuesdayNight, new Date("2025-10-20T22:00:00Z"))).toBe(true); // Tuesday 00:00 CEST
  });

  it("uses the store's own time zone", () => {
    const mondayMorning = new Date("2025-10-20T06:30:00Z");
    expect(isOpenAt(cityCentre, mondayMorning, "Indian/Reunion")).toBe(true); // 10:30 at UTC+4
    expect(isOpenAt(cityCentre, mondayMorning, "Europe/Paris")).toBe(false); // 08:30
  });

  it("throws on an unknown time zone", () => {
    expect(() => isOpenAt(cityCentre, new Date(), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("nextChange", () => {
  it("says until when an open store closes", () => {
    expect(nextChange(cityCentre, new Date("2025-10-22T12:00:00Z"))).toEqual({ open: true, until: { day: 2, time: "19:30" } });
  });

  it("gives the end of the current range, not the day's last closing", () => {
    expect(nextChange(lunchBreak, new Date("2025-10-21T09:00:00Z"))).toEqual({ open: true, until: { day: 1, time: "12:30" } });
  });

  it("reopens the same day after a lunch break", () => {
    expect(nextChange(lunchBreak, new Date("2025-10-21T11:00:00Z"))).toEqual({ open: false, opensAt: { day: 1, time: "14:00", inDays: 0 } });
  });

  it("opens the same morning after the clocks went back", () => {
    expect(nextChange(cityCentre, new Date("2025-10-27T08:30:00Z"))).toEqual({ open: false, opensAt: { day: 0, time: "10:00", inDays: 0 } });
  });

  it("skips a closed Sunday: Saturday at closing time, the store opens Monday", () => {
    expect(nextChange(cityCentre, new Date("2025-10-25T17:30:00Z"))).toEqual({ open: false, opensAt: { day: 0, time: "10:00", inDays: 2 } });
    expect(nextChange(cityCentre, new Date("2025-10-26T12:00:00Z"))).toEqual({ open: false, opensAt: { day: 0, time: "10:00", inDays: 1 } });
  });

  it("reopens a week later for a store open one day a week, asked after closing", () => {
    const mondaysOnly: OpeningHours = [[["10:00", "12:00"]], closed, closed, closed, closed, closed, closed];
    expect(nextChange(mondaysOnly, new Date("2025-10-20T12:00:00Z"))).toEqual({ open: false, opensAt: { day: 0, time: "10:00", inDays: 7 } });
  });

  it("has no opening for a store closed every day", () => {
    const shut: OpeningHours = [closed, closed, closed, closed, closed, closed, closed];
    expect(nextChange(shut, new Date("2025-10-20T12:00:00Z"))).toEqual({ open: false, opensAt: null });
  });
});

describe("validateOpeningHours", () => {
  it("accepts a week with closed days and lunch breaks", () => {
    expect(validateOpeningHours(lunchBreak)).toEqual({ ok: true, hours: lunchBreak });
    expect(openingHoursSchema.safeParse(cityCentre).success).toBe(true);
  });

  it.each([
    ["not an array", { monday: [] }],
    ["six days", cityCentre.slice(0, 6)],
    ["an unpadded time", mondayToSaturday([["9:00", "19:00"]])],
    ["24:00", mondayToSaturday([["10:00", "24:00"]])],
    ["a reversed range", mondayToSaturday([["19:00", "10:00"]])],
    ["an empty range", mondayToSaturday([["10:00", "10:00"]])],
    [
      "overlapping ranges",
      mondayToSaturday([
        ["10:00", "14:00"],
        ["13:00", "19:00"],
      ]),
    ],
    [
      "touching ranges",
      mondayToSaturday([
        ["10:00", "14:00"],
        ["14:00", "19:00"],
      ]),
    ],
    ["a range of three times", mondayToSaturday([["10:00", "12:00", "14:00"] as unknown as [string, string]])],
  ])("refuses %s", (_, input) => {
    expect(validateOpeningHours(input).ok).toBe(false);
  });

  it("says where the problem is", () => {
    const result = validateOpeningHours(mondayToSaturday([["19:00", "10:00"]]));
    expect(result).toEqual({ ok: false, message: "openingHours[0][0]: a range closes after it opens, on the same day" });
  });
});

describe("weekdayAt", () => {
  it("is the store's local weekday, not UTC's", () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Paris (winter time).
    expect(weekdayAt(new Date("2026-01-04T23:30:00Z"), "Europe/Paris")).toBe(0);
    expect(weekdayAt(new Date("2026-01-04T22:30:00Z"), "Europe/Paris")).toBe(6);
  });
});
