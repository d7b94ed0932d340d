import { formatDay as formatCalendarDay, formatDayTime } from "@/lib/i18n/datetime";

/** Client-side formatting of the card's numbers and dates (docs/engagement.md): French or English conventions, Paris time. */
const intlLocale = (locale: string) => (locale === "en" ? "en-IE" : "fr-FR");

/** Fills `{name}` placeholders of a raw message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function formatPoints(points: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(points);
}

/** "1er décembre 2026 à 23 h 38" / "1 December 2026 at 11:38 pm". */
export function formatDateTime(iso: string, locale: string): string {
  return formatDayTime(new Date(iso), locale, { weekday: false, year: true });
}

export function formatDay(iso: string, locale: string): string {
  // The period ends at midnight: its last day is the day before.
  return formatCalendarDay(new Date(new Date(iso).getTime() - 1), locale, { weekday: false });
}
