import type { MetadataRoute } from "next";
import { isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { categories, products, stores } from "@/lib/db/schema";
import { siteUrl } from "@/lib/http/site-url";

// Built per request from the database (not at build time, when there is no database yet).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = await getDb();
  const origin = siteUrl();
  const [categoryRows, productRows, storeRows] = await Promise.all([
    db.select({ slug: categories.slug }).from(categories).where(isNull(categories.retiredAt)),
    db.select({ slug: products.slug }).from(products).where(isNull(products.deletedAt)),
    db.select({ slug: stores.slug }).from(stores),
  ]);
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    { url: `${origin}/stores`, changeFrequency: "monthly" },
    ...categoryRows.map((row) => ({ url: `${origin}/categories/${row.slug}`, changeFrequency: "daily" as const })),
    ...productRows.map((row) => ({ url: `${origin}/products/${row.slug}`, changeFrequency: "weekly" as const })),
    ...storeRows.map((row) => ({ url: `${origin}/stores/${row.slug}`, changeFrequency: "monthly" as const })),
  ];
}
