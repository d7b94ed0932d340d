import { z } from "zod";
import { ONLINE_LOCATION } from "../catalog/queries";
import { availabilityUrl } from "../catalog/sku-choice";
import { MAX_CART_LINES } from "../cart/types";
import type { Db } from "../db/client";
import { skuSummaries } from "../inventory/sku-summary";
import { MAX_UNITS_PER_LINE, stockLevelsOf } from "../inventory/stock";
import { skuSchema } from "./order-request";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

export interface QuotedLine {
  sku: string;
  quantity: number;
  productName: string;
  label: string;
  unitPriceCents: number;
  onlineStock: number;
  availabilityUrl: string;
}

export const cartLinesSchema = z.array(z.object({ sku: skuSchema, quantity: z.number().int().min(1).max(MAX_UNITS_PER_LINE) })).max(MAX_CART_LINES);

/**
 * Names, current prices and online stock for the device cart's lines, so checkout shows what the
 * order will cost. Indicative only: `POST /api/orders` prices the order again when it is placed.
 * SKUs no longer on sale are left out; input that is not a list of lines quotes nothing.
 */
export async function quoteCartLines(db: Db, input: unknown, locale: Locale = DEFAULT_LOCALE): Promise<QuotedLine[]> {
  const parsed = cartLinesSchema.safeParse(input);
  if (!parsed.success) return [];
  const lines = parsed.data;
  const codes = lines.map((l) => l.sku);
  const [items, levels] = await Promise.all([skuSummaries(db, codes, locale), stockLevelsOf(db, codes)]);
  const online = new Map(levels.filter((l) => l.location === ONLINE_LOCATION).map((l) => [l.sku, l.available]));
  const bySku = new Map(items.map((item) => [item.sku, item]));
  return lines.flatMap((line) => {
    const item = bySku.get(line.sku);
    if (!item) return [];
    return [
      {
        sku: line.sku,
        quantity: line.quantity,
        productName: item.productName,
        label: item.label,
        unitPriceCents: item.priceCents,
        onlineStock: online.get(line.sku) ?? 0,
        availabilityUrl: availabilityUrl(item.productSlug, line.sku),
      },
    ];
  });
}
