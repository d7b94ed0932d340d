import { z } from "zod";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const timeSchema = z.string().regex(TIME, "times are HH:MM, 00:00 to 23:59");

const rangeSchema = z
  .tuple([timeSchema, timeSchema])
  .refine(([opens, closes]) => opens < closes, "a range closes after it opens, on the same day");

/**
 * Zero-padded "HH:MM" strings compare like the times they stand for, so ranges are checked as
 * strings. Touching ranges are refused too: they would be one range, and `nextChange` would
 * announce a closing that never happens.
 */
const daySchema = z
  .array(rangeSchema)
  .refine((ranges) => ranges.every((range, i) => i === 0 || ranges[i - 1]![1] < range[0]), "ranges are in order, with a gap between them");

/** Seven days, index 0 = Monday; each day a list of ["HH:MM","HH:MM"] ranges in the store's time zone; [] = closed. */
export const openingHoursSchema = z.array(daySchema).length(7, "opening hours list 7 days, Monday first");

export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** A weekday (0 = Monday) and an "HH:MM" time, in the store's time zone. */
export interface DayTime {
  day: number;
  time: string;
}

/** For "Ouvert jusqu’à 19 h 30" or "Ouvre lundi à 10 h"; `inDays` (0 = today) lets the UI say "aujourd’hui" or "demain". */
export type NextChange = { open: true; until: DayTime } | { open: false; opensAt: (DayTime & { inDays: number }) | null };

export const DEFAULT_TIME_ZONE = "Europe/Paris";

export function validateOpeningHours(input: unknown): { ok: true; hours: OpeningHours } | { ok: false; message: string } {
  const result = openingHoursSchema.safeParse(input);
  if (result.success) return { ok: true, hours: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? `openingHours[${issue.path.join("][")}]: ` : "";
  return { ok: false, message: where + issue.message };
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

// Building an Intl.DateTimeFormat costs far more than using one; store lists call this per store.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock weekday and "HH:MM" at `date` in `timeZone`: Intl applies the zone's DST rules. */
function wallClock(date: Date, timeZone: string): DayTime {
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: WEEKDAYS.indexOf(part("weekday")), time: `${part("hour")}:${part("minute")}` };
}

/** The weekday (0 = Monday) at `date` in `timeZone`: which row of the hours is "today". */
export function weekdayAt(date: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  return wallClock(date, timeZone).day;
}

/** Ranges include their opening minute and exclude their closing one: at 19:30 a shop open until 19:30 is closed. */
const rangeAt = (ranges: readonly [string, string][], time: string) => ranges.find(([opens, closes]) => opens <= time && time < closes);

/** @throws RangeError when `timeZone` is not an IANA zone the runtime knows. */
export function isOpenAt(hours: OpeningHours, date: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const now = wallClock(date, timeZone);
  return rangeAt(hours[now.day] ?? [], now.time) !== undefined;
}

/**
 * When the store next opens or closes. Closed for good (every day empty) gives `opensAt: null`.
 * @throws RangeError when `timeZone` is not an IANA zone the runtime knows.
 */
export function nextChange(hours: OpeningHours, date: Date, timeZone: string = DEFAULT_TIME_ZONE): NextChange {
  const now = wallClock(date, timeZone);
  const today = hours[now.day] ?? [];
  const current = rangeAt(today, now.time);
  if (current) return { open: true, until: { day: now.day, time: current[1] } };

  const laterToday = today.find(([opens]) => opens > now.time);
  if (laterToday) return { open: false, opensAt: { day: now.day, time: laterToday[0], inDays: 0 } };
  // Up to 7 days ahead: a store open one day a week, asked after closing, reopens a week later.
  for (let inDays = 1; inDays <= 7; inDays++) {
    const day = (now.day + inDays) % 7;
    const first = hours[day]?.[0];
    if (first) return { open: false, opensAt: { day, time: first[0], inDays } };
  }
  return { open: false, opensAt: null };
}
