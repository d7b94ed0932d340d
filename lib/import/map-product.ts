import { isValidGtin } from "../catalog/gtin";
import { slugify } from "../db/seed/catalog";
import { parsePrice } from "./price";
import type { FeedRecord } from "./read-feed";
import { reasoned, type ReasonCode, type ReasonValues } from "./reasons";
import { first, parseQuantity, type Mapped, type Rejection } from "./rejection";

/**
 * One product feed item → one SKU of the catalog, checked field by field (docs/import.md).
 * Pure: the database and the pictures come later.
 */

export const AVAILABILITIES = ["in_stock", "out_of_stock", "preorder", "backorder"] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export interface CategoryLevel {
  slug: string;
  name: string;
  parent: string | null;
}

export interface SkuRow {
  line: number;
  sku: string;
  groupId: string;
  title: string;
  description: string;
  link: string | null;
  /** image_link then additional_image_link, as written (URL or path). */
  pictures: string[];
  /** The price in effect at import time. */
  priceCents: number;
  listPriceCents: number;
  salePriceCents: number | null;
  saleStartsAt: string | null;
  saleEndsAt: string | null;
  availability: Availability;
  /** Units online when the feed says (a quantity column); else decided from availability. */
  quantity: number | null;
  brand: string;
  gtin: string | null;
  colour: string | null;
  size: string | null;
  label: string;
  productType: string | null;
  /** The product_type path, top level first; empty when the feed gives none. */
  categories: CategoryLevel[];
  googleProductCategory: string | null;
  /** Slug for a new product: from the title, else from the group id when the title is taken. */
  slugBase: string;
  slugAlt: string;
}

export interface ProductMappingContext {
  /** When the import runs: decides whether a dated sale is in effect. */
  now: Date;
}

const MAX_ID = 50;
const MAX_TITLE = 150;
const MAX_PICTURES = 9;

/** "2026-11-01T00:00+01:00/2026-11-30T23:59+01:00" (ISO 8601 interval) → both ends. */
function parseDateRange(text: string): [Date, Date] | null {
  const [from, to] = text.split("/");
  if (!from || !to) return null;
  const start = new Date(from.trim());
  const end = new Date(to.trim());
  return Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start ? null : [start, end];
}

/** "Femme > Robes > Robes longues" → three levels, each slug naming its whole path. */
export function categoryPath(productType: string): CategoryLevel[] {
  const names = productType
    .split(">")
    .map((part) => part.trim())
    .filter(Boolean);
  const levels: CategoryLevel[] = [];
  names.forEach((name, i) => {
    const slug = slugify(names.slice(0, i + 1).join(" "));
    if (slug) levels.push({ slug, name, parent: levels.at(-1)?.slug ?? null });
  });
  return levels;
}

export function mapProductRecord({ line, values }: FeedRecord, context: ProductMappingContext): Mapped<SkuRow> {
  const rejections: Omit<Rejection, "file">[] = [];
  const reject = (field: string, code: ReasonCode, values?: ReasonValues) => rejections.push({ line, id, field, ...reasoned(code, values) });

  const id = first(values, "id");
  if (!id) return { ok: false, rejections: [{ line, field: "id", ...reasoned("missing") }] };
  if (id.length > MAX_ID || /[\s\u0000-\u001f]/.test(id)) reject("id", "id_invalid", { max: MAX_ID });

  const title = first(values, "title");
  if (!title) reject("title", "missing");
  else if (title.length > MAX_TITLE) reject("title", "too_long", { max: MAX_TITLE });

  const priceText = first(values, "price");
  let listPriceCents = 0;
  if (!priceText) reject("price", "missing");
  else {
    const price = parsePrice(priceText);
    if (!price.ok) reject("price", price.reason.code, price.reason.values);
    else if (price.currency !== "EUR") reject("price", "currency", { currency: price.currency });
    else listPriceCents = price.cents;
  }

  let salePriceCents: number | null = null;
  const saleText = first(values, "sale_price");
  if (saleText) {
    const sale = parsePrice(saleText);
    if (!sale.ok) reject("sale_price", sale.reason.code, sale.reason.values);
    else if (sale.currency !== "EUR") reject("sale_price", "currency", { currency: sale.currency });
    else if (priceText && sale.cents > listPriceCents) reject("sale_price", "sale_above_price");
    else salePriceCents = sale.cents;
  }
  let saleRange: [Date, Date] | null = null;
  const rangeText = first(values, "sale_price_effective_date");
  if (rangeText) {
    saleRange = parseDateRange(rangeText);
    if (!saleRange) reject("sale_price_effective_date", "sale_dates");
  }

  const availabilityText = first(values, "availability")?.toLowerCase().replace(/\s+/g, "_");
  const availability = AVAILABILITIES.find((a) => a === availabilityText);
  if (!availability) {
    if (availabilityText) reject("availability", "not_one_of", { value: availabilityText, allowed: AVAILABILITIES.join(", ") });
    else reject("availability", "missing");
  }

  let quantity: number | null = null;
  const quantityText = first(values, "quantity", "sell_on_google_quantity");
  if (quantityText) {
    quantity = parseQuantity(quantityText);
    if (quantity === null) reject("quantity", "not_whole_units", { value: quantityText });
  }

  const gtin = first(values, "gtin")?.replace(/[\s-]/g, "") ?? null;
  if (gtin && !isValidGtin(gtin)) reject("gtin", "gtin_invalid", { value: gtin });

  if (rejections.length > 0) return { ok: false, rejections };

  const onSale =
    salePriceCents !== null && (!saleRange || (saleRange[0] <= context.now && context.now < saleRange[1]));
  const colour = first(values, "color", "colour") ?? null;
  const size = first(values, "size") ?? null;
  const groupId = first(values, "item_group_id") ?? id;
  const productType = first(values, "product_type") ?? null;
  const pictures = [
    ...(values.image_link ?? []),
    // In TSV several additional pictures share one cell, separated by commas.
    ...(values.additional_image_link ?? []).flatMap((cell) => cell.split(",")),
  ]
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, MAX_PICTURES);
  const slugBase = slugify(title!) || slugify(groupId) || "produit";
  return {
    ok: true,
    row: {
      line,
      sku: id,
      groupId,
      title: title!,
      description: first(values, "description") ?? "",
      link: first(values, "link") ?? null,
      pictures,
      priceCents: onSale ? salePriceCents! : listPriceCents,
      listPriceCents,
      salePriceCents,
      saleStartsAt: saleRange?.[0].toISOString() ?? null,
      saleEndsAt: saleRange?.[1].toISOString() ?? null,
      availability: availability!,
      quantity,
      brand: first(values, "brand") ?? "",
      gtin,
      colour,
      size,
      label: [colour, size].filter(Boolean).join(" · ") || title!,
      productType,
      categories: productType ? categoryPath(productType) : [],
      googleProductCategory: first(values, "google_product_category") ?? null,
      slugBase,
      slugAlt: `${slugBase}-${slugify(groupId) || "1"}`,
    },
  };
}
