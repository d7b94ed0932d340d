import { sql } from "drizzle-orm";
import { ONLINE_LOCATION } from "../../catalog/queries";
import type { Db } from "../client";
import { campaigns, catalogTerms, categories, categoryTranslations, locations, products, productTranslations, skus, stockLevels, stores } from "../schema";
import { bulkInsert, withSecondaryIndexesDeferred, type Tx } from "./bulk-insert";
import { generateCatalog, type Catalog } from "./catalog";
import { generateTraffic } from "../../analytics/generate";
import { kpiDay } from "../../analytics/record";
import { indexProducts } from "../../search/index-products";
import { STORES, type StoreSeed } from "./stores";

/** The demo's campaign (`/?utm_source=newsletter`) and generated traffic: 60 days, 150 sessions a day. */
export const DEMO_CAMPAIGN = "newsletter-hiver";
export const DEMO_TRAFFIC = { sessions: 9000, days: 60 };

export { DEMO_PRODUCT_COUNT, DEMO_SEED, generateCatalog, slugify } from "./catalog";
export type { Catalog, CatalogOptions, CategorySeed, ProductSeed, SkuSeed } from "./catalog";
export type { SkuStock } from "./stock";
export { STORES } from "./stores";
export type { OpeningHours, StoreSeed } from "./stores";

export interface SeedOptions {
  /** Number of products (default: the demo's). */
  products?: number;
  seed?: number;
}

export interface SeedCounts {
  categories: number;
  products: number;
  skus: number;
  stores: number;
  stockLevels: number;
}

/** SKU and stock rows; a store that does not carry a SKU gets no stock row (0 units). */
function flattenSkus(catalog: Catalog) {
  const skuRows: (typeof skus.$inferInsert)[] = [];
  const stockRows: (typeof stockLevels.$inferInsert)[] = [];
  for (const product of catalog.products) {
    for (const { stock, ...sku } of product.skus) {
      skuRows.push({ ...sku, productSlug: product.slug });
      stockRows.push({ sku: sku.sku, location: ONLINE_LOCATION, quantity: stock.online });
      for (const [location, quantity] of Object.entries(stock.stores)) stockRows.push({ sku: sku.sku, location, quantity });
    }
  }
  return { skuRows, stockRows };
}

async function insertCatalog(tx: Tx, catalog: Catalog, storeSeeds: readonly StoreSeed[]): Promise<SeedCounts> {
  // The version triggers would stamp a product once per SKU and stock row: pointless on a
  // fresh catalog, and most of the seeding time. Replica mode skips triggers (foreign-key
  // checks too, so the generator must be, and is tested to be, consistent); each category and
  // product gets its version once, below.
  await tx.execute(sql`set local session_replication_role = replica`);

  await bulkInsert(
    tx,
    categories,
    catalog.categories.map(({ slug, name, position }) => ({ slug, name, position })),
  );
  // The catalog in English (docs/catalog-languages.md); French stays in categories and products.
  await bulkInsert(
    tx,
    categoryTranslations,
    catalog.categories.map(({ slug, nameEn }) => ({ categorySlug: slug, locale: "en", name: nameEn })),
  );
  await bulkInsert(
    tx,
    catalogTerms,
    catalog.termsEn.map((term) => ({ ...term, locale: "en" })),
  );
  await bulkInsert(tx, locations, [
    { slug: ONLINE_LOCATION, kind: "warehouse" },
    ...storeSeeds.map(({ slug }) => ({ slug, kind: "store" as const })),
  ]);
  await bulkInsert(tx, stores, storeSeeds);

  const { skuRows, stockRows } = flattenSkus(catalog);
  await withSecondaryIndexesDeferred(tx, [products, skus, stockLevels], async () => {
    await bulkInsert(
      tx,
      products,
      catalog.products.map(({ slug, name, description, categorySlug, brand, images, priceCents, createdAt }) => ({
        slug,
        name,
        description,
        categorySlug,
        brand,
        images,
        priceCents,
        createdAt,
      })),
    );
    await bulkInsert(tx, skus, skuRows);
    await bulkInsert(tx, stockLevels, stockRows);
    await bulkInsert(
      tx,
      productTranslations,
      catalog.products.map(({ slug, en }) => ({ productSlug: slug, locale: "en", ...en })),
    );
  });

  // What search looks for in each product (docs/search.md).
  await indexProducts(tx);

  // One version per category and product, under the catalog commit lock like any catalog write
  // (migration catalog_versions_at_commit), in slug order.
  await tx.execute(sql`insert into catalog_versions (kind, slug, version) select 'category', slug, catalog_version_next() from (select slug from categories order by slug) c`);
  await tx.execute(sql`insert into catalog_versions (kind, slug, version) select 'product', slug, catalog_version_next() from (select slug from products order by slug) p`);
  // The demo campaign (docs/back-office.md): /?utm_source=newsletter lands on it.
  const featured = catalog.products.slice(0, 4);
  await tx.insert(campaigns).values({
    slug: DEMO_CAMPAIGN,
    matchSource: "newsletter",
    title: "La sélection d’hiver de la newsletter",
    text: "Manteaux, mailles et accessoires choisis pour nos abonnés. Retrait gratuit en magasin.",
    imageUrl: featured[0] ? `/images/products/${featured[0].images[0]}-480.webp` : null,
    categorySlug: catalog.categories[0]?.slug ?? null,
    productSlugs: featured.map((product) => product.slug),
    promoCode: "HIVER15",
  });

  // PGlite runs no autovacuum, so a seeded catalog would never get planner statistics: at
  // 100,000 products the product page then seq-scanned all 2.7M stock rows (1.5 s a query, by
  // `npm run bench`); with them it is an index lookup (< 1 ms). ANALYZE sees this transaction's rows.
  await tx.execute(
    sql`analyze categories, products, skus, stock_levels, locations, stores, catalog_versions, product_search, product_translations, category_translations, catalog_terms`,
  );

  return {
    categories: catalog.categories.length,
    products: catalog.products.length,
    skus: skuRows.length,
    stores: storeSeeds.length,
    stockLevels: stockRows.length,
  };
}

/** Inserts the demo retailer (stores, catalog, stock) into an empty database, atomically. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedCounts> {
  const catalog = generateCatalog({ products: options.products, seed: options.seed, stores: STORES });
  return db.transaction((tx) => insertCatalog(tx, catalog, STORES));
}

/**
 * Seeds the demo when there is no catalog yet; returns whether it did. The advisory lock makes
 * two servers starting together on one PostgreSQL seed it once.
 */
export async function seedIfEmpty(db: Db, options: SeedOptions = {}): Promise<boolean> {
  const hasCatalog = async (executor: Db | Tx) => (await executor.select({ slug: categories.slug }).from(categories).limit(1)).length > 0;
  if (await hasCatalog(db)) return false;
  const catalog = generateCatalog({ products: options.products, seed: options.seed, stores: STORES });
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vitrine-seed'))`);
    if (await hasCatalog(tx)) return false;
    await insertCatalog(tx, catalog, STORES);
    return true;
  });
  // 60 days of generated, labelled traffic so the back office's dashboard is not empty (docs/back-office.md).
  if (seeded) await generateTraffic(db, { ...DEMO_TRAFFIC, endDay: kpiDay(new Date()), stores: STORES.map((store) => store.slug), newsletterCampaign: DEMO_CAMPAIGN });
  return seeded;
}
