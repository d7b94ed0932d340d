import { and, eq, inArray, isNull } from "drizzle-orm";
import { localizedSkuLabel } from "../catalog/localize";
import { productNameIn } from "../catalog/localized-name";
import { termLabels } from "../catalog/queries";
import type { Db } from "../db/client";
import { products, skus } from "../db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

export interface SkuSummary {
  sku: string;
  label: string;
  priceCents: number;
  productSlug: string;
  productName: string;
  image: string | undefined;
}

/**
 * A SKU on sale with its product's name and first image, for reservation and checkout pages, in
 * `locale` (French where untranslated, docs/catalog-languages.md).
 */
export async function skuSummaries(db: Db, codes: readonly string[], locale: Locale = DEFAULT_LOCALE): Promise<SkuSummary[]> {
  if (codes.length === 0) return [];
  const productName = productNameIn(locale);
  const [rows, colours, sizes] = await Promise.all([
    db
      .select({ sku: skus.sku, label: skus.label, colour: skus.colour, size: skus.size, priceCents: skus.priceCents, productSlug: products.slug, productName, images: products.images })
      .from(skus)
      .innerJoin(products, eq(products.slug, skus.productSlug))
      .where(and(isNull(products.deletedAt), inArray(skus.sku, [...codes]))),
    termLabels(db, "colour", locale),
    termLabels(db, "size", locale),
  ]);
  return rows.map(({ images, colour, size, ...row }) => ({
    ...row,
    label: localizedSkuLabel({ label: row.label, colour, size }, colour === null ? null : (colours[colour] ?? colour), size === null ? null : (sizes[size] ?? size)),
    image: images[0],
  }));
}
