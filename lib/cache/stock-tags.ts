import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { ONLINE_LOCATION } from "../catalog/queries";
import type { Db } from "../db/client";
import { products, skus } from "../db/schema";
import { categoryTag, homeTag, productTag } from "./tags";

export interface SkuOwner {
  product: string;
  category: string;
}

/**
 * The tags a stock change concerns (docs/scaling.md). `now`: the product's pages, which show its
 * levels and must never lag the live stock (revalidated with no stale window). `soon`: listings
 * that show "sold out online" badges, only for the online stock, revalidated stale-while-
 * revalidate and at most every few seconds, so a sale does not re-render every listing.
 */
export function stockChangeTags(owner: SkuOwner, location: string): { now: string[]; soon: string[] } {
  return { now: [productTag(owner.product)], soon: location === ONLINE_LOCATION ? [categoryTag(owner.category), homeTag] : [] };
}

/** SKU → product and category, remembered (a SKU never changes product); null for an unknown SKU. */
export function skuOwners(db: () => Promise<Db>, max = 10_000): (sku: string) => Promise<SkuOwner | null> {
  const known = new LRUCache<string, SkuOwner>({ max });
  return async (sku) => {
    const cached = known.get(sku);
    if (cached) return cached;
    const [row] = await (await db())
      .select({ product: products.slug, category: products.categorySlug })
      .from(skus)
      .innerJoin(products, eq(products.slug, skus.productSlug))
      .where(eq(skus.sku, sku));
    if (!row) return null;
    known.set(sku, row);
    return row;
  };
}
