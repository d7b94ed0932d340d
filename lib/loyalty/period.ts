/**
 * Challenges run for a calendar month in the shop's time zone (docs/engagement.md#challenges):
 * a French shopper's "ce mois-ci" starts at midnight in Paris, not in UTC. Pure.
 */
export const SHOP_TIME_ZONE = "Europe/Paris";

/** The offset of `zone` from UTC at `instant`, in minutes (+60 for Paris in winter). */
function offsetMinutes(instant: Date, zone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(instant).find((part) => part.type === "timeZoneName")!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** Midnight on the first of (year, month) in `zone`, as an instant. `month` may run past 12. */
function monthStart(year: number, month: number, zone: string): Date {
  const naive = Date.UTC(year, month - 1, 1);
  // The offset at that wall time: try the offset of the naive instant, then correct once (DST).
  const first = naive - offsetMinutes(new Date(naive), zone) * 60_000;
  return new Date(naive - offsetMinutes(new Date(first), zone) * 60_000);
}

export interface Period {
  /** "2026-12" */
  key: string;
  startsAt: Date;
  endsAt: Date;
}

export function monthOf(now: Date, zone: string = SHOP_TIME_ZONE): Period {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit" }).formatToParts(now);
  const year = Number(parts.find((part) => part.type === "year")!.value);
  const month = Number(parts.find((part) => part.type === "month")!.value);
  return { key: `${year}-${String(month).padStart(2, "0")}`, startsAt: monthStart(year, month, zone), endsAt: monthStart(year, month + 1, zone) };
}
