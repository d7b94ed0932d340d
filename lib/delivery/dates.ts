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
    clock = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** The calendar date and hour of `instant` on the shop's clock. */
function shopClock(instant: Date, timeZone: string): { date: Date; hour: number } {
  const parts = Object.fromEntries(clockFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day))), hour: Number(parts.hour) };
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
