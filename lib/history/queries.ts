import { and, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { productNameIn } from "../catalog/localized-name";
import type { Db } from "../db/client";
import { products, productViews, visitors } from "../db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { skuSummaries } from "../inventory/sku-summary";
import type { DeviceClass } from "../visitor/device";

export interface ViewedProduct {
  slug: string;
  name: string;
  brand: string;
  image: string;
  priceCents: number;
  /** Last time this product was viewed, ISO. */
  viewedAt: string;
  deviceClass: DeviceClass;
  deviceLabel: string;
}

export type HistoryOwner = { userId: string } | { visitorId: string };

interface Options {
  limit?: number;
  /** Leave out views made on this device ("your other devices"). */
  exceptVisitorId?: string | null;
  /** The language of the names (French where untranslated, docs/catalog-languages.md). */
  locale?: Locale;
}

/**
 * Recently viewed products, one entry per product (its latest view), newest first: an account's
 * views from every device, or one anonymous device's.
 */
export async function recentlyViewed(db: Db, owner: HistoryOwner, { limit = 12, exceptVisitorId, locale = DEFAULT_LOCALE }: Options = {}): Promise<ViewedProduct[]> {
  const ownerCondition = "userId" in owner ? eq(productViews.userId, owner.userId) : and(eq(productViews.visitorId, owner.visitorId), isNull(productViews.userId));
  const condition = exceptVisitorId ? and(ownerCondition, ne(productViews.visitorId, exceptVisitorId)) : ownerCondition;
  // Latest view per product (DISTINCT ON), then the newest of those.
  const latest = db
    .selectDistinctOn([productViews.productSlug], {
      slug: productViews.productSlug,
      viewedAt: productViews.viewedAt,
      visitorId: productViews.visitorId,
      deviceClass: productViews.deviceClass,
    })
    .from(productViews)
    .where(condition)
    .orderBy(productViews.productSlug, desc(productViews.viewedAt))
    .as("latest");
  const rows = await db
    .select({
      slug: latest.slug,
      viewedAt: latest.viewedAt,
      deviceClass: latest.deviceClass,
      deviceLabel: visitors.deviceLabel,
      name: productNameIn(locale),
      brand: products.brand,
      images: products.images,
      priceCents: products.priceCents,
    })
    .from(latest)
    .innerJoin(products, and(eq(products.slug, latest.slug), isNull(products.deletedAt)))
    .innerJoin(visitors, eq(visitors.id, latest.visitorId))
    .orderBy(desc(latest.viewedAt))
    .limit(limit);
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    image: row.images[0] ?? "",
    priceCents: row.priceCents,
    viewedAt: new Date(row.viewedAt).toISOString(),
    deviceClass: row.deviceClass,
    deviceLabel: row.deviceLabel,
  }));
}

export interface CartLineProduct {
  sku: string;
  quantity: number;
  productSlug: string;
  name: string;
  label: string;
  image: string;
  priceCents: number;
}

/** Product details for cart lines (prices from the catalog, never from a device), in the lines' order and in `locale`; lines of products no longer sold are left out. */
export async function describeCartLines(db: Db, lines: { sku: string; quantity: number }[], locale: Locale = DEFAULT_LOCALE): Promise<CartLineProduct[]> {
  const bySku = new Map((await skuSummaries(db, lines.map((line) => line.sku), locale)).map((summary) => [summary.sku, summary]));
  return lines.flatMap((line) => {
    const summary = bySku.get(line.sku);
    if (!summary) return [];
    return [{ sku: line.sku, quantity: line.quantity, productSlug: summary.productSlug, name: summary.productName, label: summary.label, image: summary.image ?? "", priceCents: summary.priceCents }];
  });
}

/** Device labels and classes of some visitors, by id. */
export async function describeDevices(db: Db, visitorIds: string[]): Promise<Map<string, { deviceClass: DeviceClass; deviceLabel: string }>> {
  if (!visitorIds.length) return new Map();
  const rows = await db
    .select({ id: visitors.id, deviceClass: visitors.deviceClass, deviceLabel: visitors.deviceLabel })
    .from(visitors)
    .where(inArray(visitors.id, visitorIds));
  return new Map(rows.map((row) => [row.id, { deviceClass: row.deviceClass, deviceLabel: row.deviceLabel }]));
}
