/**
 * French public holidays (jours fériés, metropolitan France) of a year, as "YYYY-MM-DD". Easter
 * Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher); Easter Monday, Ascension
 * (+39) and Whit Monday (+50) follow it. Computed on UTC calendar dates, so the answer does not
 * depend on the server's time zone (docs/delivery.md#delivery-dates).
 */
export function frenchPublicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const fixed = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"].map((day) => `${year}-${day}`);
  const movable = [1, 39, 50].map((offset) => isoDate(addDays(easter, offset)));
  return new Set([...fixed, ...movable]);
}

function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** A calendar date (midnight UTC) plus whole days. */
export function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

/** "YYYY-MM-DD" of a calendar date held at midnight UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
