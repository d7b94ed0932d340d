import { describe, expect, it } from "vitest";
import { formatClock, formatClockRange, formatDay, formatDayTime } from "./datetime";

// Non-breaking spaces shown as "~" so the expectations stay readable.
const show = (text: string) => text.replace(/\u00a0/g, "~");

describe("formatClock", () => {
  it("writes French hours with “h” and no “:00”", () => {
    expect(show(formatClock("19:00", "fr"))).toBe("19~h");
    expect(show(formatClock("19:30", "fr"))).toBe("19~h~30");
    expect(show(formatClock("09:05", "fr"))).toBe("9~h~05");
    expect(show(formatClock("00:00", "fr"))).toBe("0~h");
  });
  it("writes English hours on the 12-hour clock", () => {
    expect(formatClock("19:00", "en")).toBe("7 pm");
    expect(formatClock("19:30", "en")).toBe("7:30 pm");
    expect(formatClock("09:05", "en")).toBe("9:05 am");
  });
  it("leaves something that is not a time as it is", () => {
    expect(formatClock("soon", "fr")).toBe("soon");
  });
  it("writes a range with an en dash", () => {
    expect(show(formatClockRange("10:00", "19:30", "fr"))).toBe("10~h~– 19~h~30");
    expect(show(formatClockRange("10:00", "19:30", "en"))).toBe("10 am~– 7:30 pm");
  });
});

describe("formatDay", () => {
  const first = new Date("2026-12-01T18:00:00Z");
  const second = new Date("2026-12-02T09:00:00Z");
  it("writes the first of the month “1er” in French, with the weekday", () => {
    expect(show(formatDay(first, "fr"))).toBe("mardi~1er~décembre");
    expect(show(formatDay(first, "fr", { weekday: false }))).toBe("1er~décembre");
    expect(show(formatDay(second, "fr"))).toBe("mercredi~2~décembre");
    expect(show(formatDay(first, "fr", { weekday: false, year: true }))).toBe("1er~décembre~2026");
  });
  it("writes English days the British way", () => {
    expect(formatDay(first, "en")).toBe("Tuesday 1 December");
    expect(formatDay(second, "en", { weekday: false })).toBe("2 December");
  });
  it("counts the day in the given time zone", () => {
    const lateEvening = new Date("2026-11-30T23:30:00Z");
    expect(show(formatDay(lateEvening, "fr", { timeZone: "Europe/Paris" }))).toBe("mardi~1er~décembre");
    expect(show(formatDay(lateEvening, "fr", { timeZone: "UTC" }))).toBe("lundi~30~novembre");
  });
});

describe("formatDayTime", () => {
  it("joins the day and the hour in the store's time zone", () => {
    expect(show(formatDayTime(new Date("2026-12-01T18:00:00Z"), "fr"))).toBe("mardi~1er~décembre à 19~h");
    expect(show(formatDayTime(new Date("2026-12-01T18:30:00Z"), "fr"))).toBe("mardi~1er~décembre à 19~h~30");
    expect(formatDayTime(new Date("2026-12-01T18:30:00Z"), "en")).toBe("Tuesday 1 December at 7:30 pm");
    expect(show(formatDayTime(new Date("2026-07-14T08:00:00Z"), "fr", { timeZone: "Europe/Paris" }))).toBe("mardi~14~juillet à 10~h");
  });

  it("leaves the weekday out or adds the year when asked (account pages, the loyalty card)", () => {
    const at = new Date("2026-12-01T22:38:00Z");
    expect(show(formatDayTime(at, "fr", { weekday: false, year: true }))).toBe("1er~décembre~2026 à 23~h~38");
    expect(formatDayTime(at, "en", { weekday: false, year: true })).toBe("1 December 2026 at 11:38 pm");
  });
});
