import type { DeliveryWindow } from "./dates";

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    // The window's dates are calendar dates already in the shop's time zone: read them as UTC.
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
    formats.set(locale, format);
  }
  return format;
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** French writes the first of the month "1er". */
const typeset = (parts: Intl.DateTimeFormatPart[], locale: string) =>
  parts.map((part) => (locale !== "en" && part.type === "day" && part.value === "1" ? "1er" : part.value)).join("");

/** "jeudi 3 décembre", or a range "jeudi 3 – vendredi 4 décembre" (Intl's own range format). */
export function formatDeliveryWindow(window: DeliveryWindow, locale: string): string {
  const format = dayFormat(locale);
  if (window.earliest === window.latest) return typeset(format.formatToParts(asDate(window.earliest)), locale);
  return typeset(format.formatRangeToParts(asDate(window.earliest), asDate(window.latest)), locale);
}
