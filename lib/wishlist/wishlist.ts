import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, wishlistItems } from "../db/schema";

export interface WishlistEntry {
  slug: string;
  name: string;
  brand: string;
  image: string;
  priceCents: number;
  addedAt: Date;
}

/** Adds a product to the account's wishlist (idempotent). False when the product does not exist. */
export async function addToWishlist(db: Db, userId: string, productSlug: string): Promise<boolean> {
  const [product] = await db
    .select({ slug: products.slug })
    .from(products)
    .where(and(eq(products.slug, productSlug), isNull(products.deletedAt)));
  if (!product) return false;
  await db.insert(wishlistItems).values({ userId, productSlug }).onConflictDoNothing();
  return true;
}

export async function removeFromWishlist(db: Db, userId: string, productSlug: string): Promise<void> {
  await db.delete(wishlistItems).where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productSlug, productSlug)));
}

export async function isInWishlist(db: Db, userId: string, productSlug: string): Promise<boolean> {
  const rows = await db
    .select({ slug: wishlistItems.productSlug })
    .from(wishlistItems)
    .where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productSlug, productSlug)));
  return rows.length > 0;
}

/** The wishlist, newest first; products removed from the catalog are left out. */
export async function listWishlist(db: Db, userId: string): Promise<WishlistEntry[]> {
  const rows = await db
    .select({ slug: products.slug, name: products.name, brand: products.brand, images: products.images, priceCents: products.priceCents, addedAt: wishlistItems.createdAt })
    .from(wishlistItems)
    .innerJoin(products, and(eq(products.slug, wishlistItems.productSlug), isNull(products.deletedAt)))
    .where(eq(wishlistItems.userId, userId))
    .orderBy(desc(wishlistItems.createdAt));
  return rows.map(({ images, ...row }) => ({ ...row, image: images[0] ?? "" }));
}
