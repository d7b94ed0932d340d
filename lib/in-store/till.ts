import type { Db } from "../db/client";
import { skuSummaries } from "../inventory/sku-summary";
import { stockLevelsOf } from "../inventory/stock";
import type { TillLine } from "./till-code";

export interface TillItem extends TillLine {
  productName: string;
  label: string;
  /** Today's price, from the database: the QR code carries no price. */
  unitPriceCents: number;
  /** Units on the shelf of the cashier's store, when the cashier has one. */
  storeStock: number | null;
}

/** What a cashier sees for a cart brought as a QR code (docs/in-store.md): lines with today's prices; SKUs no longer on sale apart. */
export async function tillItems(db: Db, lines: readonly TillLine[], store: string | null): Promise<{ items: TillItem[]; unknown: string[]; totalCents: number }> {
  const codes = lines.map((line) => line.sku);
  const [summaries, levels] = await Promise.all([skuSummaries(db, codes), store ? stockLevelsOf(db, codes) : []]);
  const bySku = new Map(summaries.map((summary) => [summary.sku, summary]));
  const here = new Map(levels.filter((level) => level.location === store).map((level) => [level.sku, level.available]));
  const items = lines.flatMap((line) => {
    const summary = bySku.get(line.sku);
    return summary ? [{ ...line, productName: summary.productName, label: summary.label, unitPriceCents: summary.priceCents, storeStock: store ? (here.get(line.sku) ?? 0) : null }] : [];
  });
  return {
    items,
    unknown: codes.filter((code) => !bySku.has(code)),
    totalCents: items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0),
  };
}
