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

/** The date without its month: the first date of a range within one month ("jeudi 3 – vendredi 4 décembre"). */
const withoutMonth = (parts: Intl.DateTimeFormatPart[]) => {
  const month = parts.findIndex((part) => part.type === "month");
  return month < 0 ? parts : parts.slice(0, month > 0 && parts[month - 1]!.type === "literal" ? month - 1 : month).concat(parts.slice(month + 1));
};

/**
 * "jeudi 3 décembre", or a range "jeudi 3 – vendredi 4 décembre". The range is put together
 * here, not by Intl's range format: its spacing around the dash differs from one ICU version to
 * the next (thin spaces in Node's, plain ones in Chromium's), and a date the server renders must
 * read the same in the browser that hydrates it (a mismatch made React re-render the product
 * page's buy box).
 */
export function formatDeliveryWindow(window: DeliveryWindow, locale: string): string {
  const format = dayFormat(locale);
  const latest = typeset(format.formatToParts(asDate(window.latest)), locale);
  if (window.earliest === window.latest) return latest;
  const earliestParts = format.formatToParts(asDate(window.earliest));
  const sameMonth = window.earliest.slice(0, 7) === window.latest.slice(0, 7);
  return `${typeset(sameMonth ? withoutMonth(earliestParts) : earliestParts, locale)} – ${latest}`;
}
