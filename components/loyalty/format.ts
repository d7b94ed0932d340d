/** Client-side formatting of the card's numbers and dates (docs/engagement.md): French or English conventions, Paris time. */
const intlLocale = (locale: string) => (locale === "en" ? "en-IE" : "fr-FR");

/** Fills `{name}` placeholders of a raw message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function formatPoints(points: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(points);
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(iso));
}

export function formatDay(iso: string, locale: string): string {
  // The period ends at midnight: its last day is the day before.
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", timeZone: "Europe/Paris" }).format(new Date(new Date(iso).getTime() - 1));
}
