import { sql, type SQL } from "drizzle-orm";
import { products, productTranslations } from "../db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

/**
 * A product's name in `locale`, French where it has no translation (docs/catalog-languages.md),
 * for any query that selects from `products`. A scalar subquery, not a join: it runs for the
 * rows the query returns only (two index probes each), where a join hashed every translation
 * first (docs/catalog-languages.md#performance).
 */
export function productNameIn(locale: Locale): SQL<string> {
  return locale === DEFAULT_LOCALE
    ? sql<string>`${products.name}`
    : sql<string>`coalesce((select pt.name from ${productTranslations} pt where pt.product_slug = ${products.slug} and pt.locale = ${locale}), ${products.name})`;
}
