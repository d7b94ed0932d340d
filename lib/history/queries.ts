import { and, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, productViews, skus, visitors } from "../db/schema";
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
}

/**
 * Recently viewed products, one entry per product (its latest view), newest first: an account's
 * views from every device, or one anonymous device's.
 */
export async function recentlyViewed(db: Db, owner: HistoryOwner, { limit = 12, exceptVisitorId }: Options = {}): Promise<ViewedProduct[]> {
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
      name: products.name,
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

/** Product details for cart lines (prices from the catalog, never from a device), in the lines' order. */
export async function describeCartLines(db: Db, lines: { sku: string; quantity: number }[]): Promise<CartLineProduct[]> {
  if (!lines.length) return [];
  const rows = await db
    .select({ sku: skus.sku, label: skus.label, priceCents: skus.priceCents, productSlug: products.slug, name: products.name, images: products.images })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(inArray(skus.sku, lines.map((line) => line.sku)));
  const bySku = new Map(rows.map((row) => [row.sku, row]));
  return lines.flatMap((line) => {
    const row = bySku.get(line.sku);
    if (!row) return [];
    return [{ sku: line.sku, quantity: line.quantity, productSlug: row.productSlug, name: row.name, label: row.label, image: row.images[0] ?? "", priceCents: row.priceCents }];
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
