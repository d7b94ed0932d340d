import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, skus } from "../db/schema";

export interface SkuSummary {
  sku: string;
  label: string;
  priceCents: number;
  productSlug: string;
  productName: string;
  image: string | undefined;
}

/** A SKU on sale with its product's name and first image, for reservation and checkout pages. */
export async function skuSummaries(db: Db, codes: readonly string[]): Promise<SkuSummary[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ sku: skus.sku, label: skus.label, priceCents: skus.priceCents, productSlug: products.slug, productName: products.name, images: products.images })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(isNull(products.deletedAt), inArray(skus.sku, [...codes])));
  return rows.map(({ images, ...row }) => ({ ...row, image: images[0] }));
}
