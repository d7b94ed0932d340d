import { addDays, frenchPublicHolidays, isoDate } from "./holidays";

export interface DeliveryWindow {
  /** Calendar dates in the shop's time zone, "YYYY-MM-DD". */
  earliest: string;
  latest: string;
}

export interface DateRule {
  /** Business days from dispatch to arrival: the first and the last expected day. */
  minDays: number;
  maxDays: number;
  /** Orders placed at or after this hour (shop time) leave the next business day. */
  cutoffHour: number;
  timeZone: string;
}

// Building an Intl.DateTimeFormat with a time zone costs far more than using one (on a phone,
// tens of milliseconds of the product page's start-up: docs/benchmarks.md, run 10); the buy box
// asks once per delivery method.
const clocks = new Map<string, Intl.DateTimeFormat>();

function clockFor(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    clocks.set(timeZone, clock);
  }
  return clock;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the shop's wall clock reads at `instant`, as milliseconds of a UTC date (read it with getUTC…). */
function shopWallClock(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(clockFor(timeZone).formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The calendar date and hour of `instant` on the shop's clock. */
function shopClock(instant: Date, timeZone: string): { date: Date; hour: number } {
  const wall = shopWallClock(instant, timeZone);
  const day = Math.floor(wall / DAY) * DAY;
  return { date: new Date(day), hour: Math.floor((wall - day) / HOUR) };
}

/**
 * The first instant after `now` at which `deliveryWindow` may answer differently: the shop's
 * cut-off hour today if it is still ahead, else its next midnight. Until then a page may show the
 * dates it was rendered with (docs/delivery.md#the-delivery-promise).
 */
export function windowChangesAt(now: Date, rule: Pick<DateRule, "cutoffHour" | "timeZone">): Date {
  const wall = shopWallClock(now, rule.timeZone);
  const day = Math.floor(wall / DAY) * DAY;
  const boundary = wall < day + rule.cutoffHour * HOUR ? day + rule.cutoffHour * HOUR : day + DAY;
  // wall − instant is the zone's offset; taken again at the boundary, in case summer time starts
  // or ends in between.
  const guess = boundary - (wall - now.getTime());
  return new Date(boundary - (shopWallClock(new Date(guess), rule.timeZone) - guess));
}

const holidayCache = new Map<number, Set<string>>();

/** Monday to Friday, French public holidays excepted: the days parcels leave and travel. */
export function isBusinessDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = date.getUTCFullYear();
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = frenchPublicHolidays(year)));
  return !holidays.has(isoDate(date));
}

function nextBusinessDay(date: Date): Date {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

function plusBusinessDays(date: Date, days: number): Date {
  let day = date;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

/**
 * When an order placed at `orderedAt` arrives (docs/delivery.md#delivery-dates): it leaves the
 * same day if that is a business day and the order comes before the cut-off hour, else the next
 * business day; it then travels `minDays`…`maxDays` business days. Pure: the caller passes the time.
 */
export function deliveryWindow(orderedAt: Date, rule: DateRule): DeliveryWindow {
  const { date, hour } = shopClock(orderedAt, rule.timeZone);
  const sameDay = isBusinessDay(date) && hour < rule.cutoffHour;
  const dispatch = sameDay ? date : nextBusinessDay(addDays(date, 1));
  return { earliest: isoDate(plusBusinessDays(dispatch, rule.minDays)), latest: isoDate(plusBusinessDays(dispatch, rule.maxDays)) };
}
