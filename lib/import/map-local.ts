import type { StoreSeed } from "../db/seed/stores";
import { validateOpeningHours, type OpeningHours } from "../stores/opening-hours";
import { parsePrice } from "./price";
import type { FeedRecord } from "./read-feed";
import { reasoned, type Reason, type ReasonCode, type ReasonValues } from "./reasons";
import { first, parseQuantity, type Mapped, type Rejection } from "./rejection";

/** Local inventory rows and stores file rows → checked values (docs/import.md). Pure. */

export interface InventoryRow {
  line: number;
  store: string;
  sku: string;
  quantity: number;
  priceCents: number | null;
  pickupMethod: string | null;
  pickupSla: string | null;
}

const LOCAL_AVAILABILITIES = ["in_stock", "limited_availability", "out_of_stock", "on_display_to_order"];

export function mapInventoryRecord({ line, values }: FeedRecord): Mapped<InventoryRow> {
  const store = first(values, "store_code");
  const sku = first(values, "id", "itemid");
  const rejections: Omit<Rejection, "file">[] = [];
  const reject = (field: string, code: ReasonCode, values?: ReasonValues) => rejections.push({ line, id: sku, field, ...reasoned(code, values) });
  if (!store) reject("store_code", "missing");
  if (!sku) reject("id", "missing");

  const availability = first(values, "availability")?.toLowerCase().replace(/\s+/g, "_");
  if (availability && !LOCAL_AVAILABILITIES.includes(availability)) reject("availability", "not_one_of", { value: availability, allowed: LOCAL_AVAILABILITIES.join(", ") });
  const quantityText = first(values, "quantity");
  let quantity: number | null = null;
  if (quantityText) {
    quantity = parseQuantity(quantityText);
    if (quantity === null) reject("quantity", "not_whole_units", { value: quantityText });
  } else if (availability === "out_of_stock" || availability === "on_display_to_order") quantity = 0;
  else reject("quantity", "quantity_required");

  let priceCents: number | null = null;
  const priceText = first(values, "price");
  if (priceText) {
    const price = parsePrice(priceText);
    if (!price.ok) reject("price", price.reason.code, price.reason.values);
    else if (price.currency !== "EUR") reject("price", "currency", { currency: price.currency });
    else priceCents = price.cents;
  }
  if (rejections.length > 0) return { ok: false, rejections };
  return {
    ok: true,
    row: {
      line,
      store: store!.toLowerCase(),
      sku: sku!,
      quantity: quantity!,
      priceCents,
      pickupMethod: first(values, "pickup_method") ?? null,
      pickupSla: first(values, "pickup_sla") ?? null,
    },
  };
}

/** A store of the stores file: the same fields the demo seed writes, and the line it came from. */
export interface StoreRow extends StoreSeed {
  line: number;
}

const DAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/**
 * "Mo-Sa 10:00-19:00; Su closed", "Mo 14:00-19:00; Tu-Sa 09:30-12:30,14:00-19:00" (the
 * OpenStreetMap / schema.org notation). Days not named are closed.
 */
export function parseOpeningHours(text: string): { ok: true; hours: OpeningHours } | { ok: false; reason: Reason } {
  const week: [string, string][][] = DAYS.map(() => []);
  for (const rule of text.split(";").map((part) => part.trim()).filter(Boolean)) {
    const match = /^([A-Za-z,\s-]+?)\s+(.+)$/.exec(rule);
    if (!match) return { ok: false, reason: { code: "hours_rule", values: { value: rule } } };
    const days = new Set<number>();
    for (const spec of match[1]!.split(",").map((s) => s.trim().toLowerCase())) {
      const [from, to] = spec.split("-").map((d) => DAYS.indexOf(d.trim()));
      if (from === undefined || from < 0 || (to !== undefined && to < from)) return { ok: false, reason: { code: "hours_days", values: { value: spec } } };
      for (let day = from; day <= (to ?? from); day++) days.add(day);
    }
    const hoursText = match[2]!.trim().toLowerCase();
    const ranges: [string, string][] = [];
    if (hoursText !== "closed" && hoursText !== "off") {
      for (const range of hoursText.split(",")) {
        const times = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(range.trim());
        if (!times) return { ok: false, reason: { code: "hours_times", values: { value: range.trim() } } };
        ranges.push([times[1]!.padStart(5, "0"), times[2]!.padStart(5, "0")]);
      }
    }
    for (const day of days) week[day] = ranges;
  }
  const checked = validateOpeningHours(week);
  return checked.ok ? { ok: true, hours: checked.hours } : { ok: false, reason: { code: "hours_inconsistent", values: { detail: checked.message } } };
}

export function mapStoreRecord({ line, values }: FeedRecord): Mapped<StoreRow> {
  const code = first(values, "code", "store_code")?.toLowerCase();
  const rejections: Omit<Rejection, "file">[] = [];
  const reject = (field: string, reasonCode: ReasonCode, values?: ReasonValues) => rejections.push({ line, id: code, field, ...reasoned(reasonCode, values) });
  if (!code) reject("code", "missing");
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) || code === "online") reject("code", "store_code_format");
  const text: Record<string, string> = {};
  for (const field of ["name", "address", "postcode", "city"]) {
    const value = first(values, field);
    if (!value) reject(field, "missing");
    else text[field] = value;
  }
  const coordinate = (field: string, limit: number) => {
    const value = Number((first(values, field) ?? "").replace(",", "."));
    if (!first(values, field) || !Number.isFinite(value) || Math.abs(value) > limit) {
      reject(field, "coordinate_range", { limit });
      return 0;
    }
    return value;
  };
  const lat = coordinate("lat", 90);
  const lng = coordinate("lng", 180);
  const hoursText = first(values, "opening_hours", "hours");
  let openingHours: OpeningHours = [];
  if (!hoursText) reject("opening_hours", "missing");
  else {
    const hours = parseOpeningHours(hoursText);
    if (!hours.ok) reject("opening_hours", hours.reason.code, hours.reason.values);
    else openingHours = hours.hours;
  }
  if (rejections.length > 0) return { ok: false, rejections };
  return {
    ok: true,
    row: { line, slug: code!, name: text.name!, address: text.address!, postcode: text.postcode!, city: text.city!, lat, lng, phone: first(values, "phone") ?? "", openingHours },
  };
}
