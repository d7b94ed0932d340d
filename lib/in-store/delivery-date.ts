/**
 * The date an endless-aisle order arrives (docs/in-store.md): shipped from the online warehouse
 * the next working day, then carried for a fixed number of working days (Monday to Friday).
 * Pure. A single delivery-promise function for the whole shop would replace this one.
 */
export type EndlessAisleDelivery = "home" | "store";

/** Working days from the order to the door (home) or to the store's counter (store: the store's weekly restock run). */
export const WORKING_DAYS: Record<EndlessAisleDelivery, number> = { home: 2, store: 3 };

/** Orders after this hour (Paris time) leave the warehouse a working day later. */
export const CUT_OFF_HOUR = 14;

const parisParts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });

/** The calendar day (YYYY-MM-DD, Paris) the order arrives. */
export function endlessAisleDeliveryDay(kind: EndlessAisleDelivery, orderedAt: Date): string {
  const parts = Object.fromEntries(parisParts.formatToParts(orderedAt).map((part) => [part.type, part.value]));
  // Day arithmetic on a UTC date at noon: no time zone or daylight-saving edge can move it.
  const day = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), 12));
  const isWorkingDay = () => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;
  let remaining = WORKING_DAYS[kind] + (Number(parts.hour) >= CUT_OFF_HOUR || !isWorkingDay() ? 1 : 0);
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isWorkingDay()) remaining -= 1;
  }
  return day.toISOString().slice(0, 10);
}
