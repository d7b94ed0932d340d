/**
 * Dates and times as a French (or English) reader expects them (docs/conventions.md#texts):
 * "19 h", "19 h 30", "mardi 1er décembre", "mardi 1er décembre à 19 h 30"; in English "7 pm",
 * "7:30 pm", "Tuesday 1 December". Intl gives the numbers and the names in each language and
 * time zone; French typography (the "h", "1er", non-breaking spaces) is applied to its parts.
 * Pure: no framework, safe in pages, mails and client islands.
 */
const NBSP = "\u00a0";
const DEFAULT_TIME_ZONE = "Europe/Paris";

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const isEnglish = (locale: string) => locale === "en" || locale.startsWith("en-");

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? "";
}

function wallClock(hours: number, minutes: number): Date {
  return new Date(Date.UTC(2000, 0, 3, hours, minutes));
}

function clockOf(date: Date, locale: string, timeZone: string): string {
  const parts = formatter("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).formatToParts(date);
  return formatClock(`${part(parts, "hour")}:${part(parts, "minute")}`, locale);
}

/** A wall-clock "HH:MM" (a store's opening hours): "19 h", "19 h 30", "9 h 05" / "7 pm", "7:30 pm". */
export function formatClock(time: string, locale: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const at = wallClock(Number(match[1]), Number(match[2]));
  const onTheHour = match[2] === "00";
  if (isEnglish(locale)) {
    return formatter("en-GB", { hour: "numeric", ...(onTheHour ? {} : { minute: "2-digit" }), hour12: true, timeZone: "UTC" }).format(at);
  }
  const parts = formatter("fr-FR", { hour: "numeric", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).formatToParts(at);
  const hour = String(Number(part(parts, "hour")));
  return onTheHour ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${part(parts, "minute")}`;
}

/** Opening hours "10:00"–"19:30": "10 h – 19 h 30" / "10 am – 7:30 pm". */
export function formatClockRange(opens: string, closes: string, locale: string): string {
  return `${formatClock(opens, locale)}${NBSP}– ${formatClock(closes, locale)}`;
}

/**
 * A day: "1er décembre", or with the weekday "mardi 1er décembre" / "Tuesday 1 December"; the
 * year only when asked (`year: true`).
 */
export function formatDay(date: Date, locale: string, { timeZone = DEFAULT_TIME_ZONE, weekday = true, year = false }: { timeZone?: string; weekday?: boolean; year?: boolean } = {}): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", timeZone, ...(weekday ? { weekday: "long" } : {}), ...(year ? { year: "numeric" } : {}) };
  if (isEnglish(locale)) return formatter("en-GB", options).format(date).replace(",", "");
  return formatter("fr-FR", options)
    .formatToParts(date)
    .map((p) => (p.type === "day" && p.value === "1" ? "1er" : p.type === "literal" ? p.value.replace(/ /g, NBSP) : p.value))
    .join("");
}

/**
 * A moment: "mardi 1er décembre à 19 h 30" / "Tuesday 1 December at 7:30 pm", in `timeZone`;
 * without the weekday or with the year as `formatDay` takes them ("1er décembre 2026 à 23 h 38").
 */
export function formatDayTime(
  date: Date,
  locale: string,
  { timeZone = DEFAULT_TIME_ZONE, weekday = true, year = false }: { timeZone?: string; weekday?: boolean; year?: boolean } = {},
): string {
  return `${formatDay(date, locale, { timeZone, weekday, year })} ${isEnglish(locale) ? "at" : "à"} ${clockOf(date, locale, timeZone)}`;
}
