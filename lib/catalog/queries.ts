import { and, asc, desc, eq, gt, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { catalogTerms, catalogVersions, categories, categoryTranslations, products, productSearch, productTranslations, skus, stockLevels } from "../db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { localizeSku } from "./localize";
import { productNameIn } from "./localized-name";
import { ONLINE_LOCATION } from "./locations";
import { searchDocument } from "../search/document";
import { searchSql } from "../search/server-search";
import type { Category, FeedCategory, FeedProduct, Product, ProductPage, ProductQuery, ProductSummary, ProductTranslation, SizeChoice, Sku } from "./types";

export { ONLINE_LOCATION };

function toCategory(row: { slug: string; name: string; parentSlug: string | null }): Category {
  return row.parentSlug ? { slug: row.slug, name: row.name, parent: row.parentSlug } : { slug: row.slug, name: row.name };
}

/**
 * Texts in `locale` with French fallback (docs/catalog-languages.md): French needs no join
 * (the base tables are French); another language left-joins its translation rows.
 */
const categoryName = (locale: Locale) => (locale === DEFAULT_LOCALE ? categories.name : sql<string>`coalesce(${categoryTranslations.name}, ${categories.name})`);
const categoryTranslated = (locale: Locale) => and(eq(categoryTranslations.categorySlug, categories.slug), eq(categoryTranslations.locale, locale));

function selectCategories(db: Db, locale: Locale) {
  const query = db
    .select({ slug: categories.slug, name: categoryName(locale), parentSlug: categories.parentSlug })
    .from(categories)
    .$dynamic();
  return locale === DEFAULT_LOCALE ? query : query.leftJoin(categoryTranslations, categoryTranslated(locale));
}

export async function listCategories(db: Db, locale: Locale = DEFAULT_LOCALE): Promise<Category[]> {
  const rows = await selectCategories(db, locale)
    .where(isNull(categories.retiredAt))
    .orderBy(asc(categories.position), asc(categoryName(locale)));
  return rows.map(toCategory);
}

export async function getCategory(db: Db, slug: string, locale: Locale = DEFAULT_LOCALE): Promise<Category | null> {
  const [row] = await selectCategories(db, locale).where(and(eq(categories.slug, slug), isNull(categories.retiredAt)));
  return row ? toCategory(row) : null;
}

/** The glossary's labels of one kind in `locale` (French value → label); empty in French. */
export async function termLabels(db: Db, kind: "colour" | "size", locale: Locale): Promise<Record<string, string>> {
  if (locale === DEFAULT_LOCALE) return {};
  const rows = await db
    .select({ value: catalogTerms.value, label: catalogTerms.label })
    .from(catalogTerms)
    .where(and(eq(catalogTerms.kind, kind), eq(catalogTerms.locale, locale)));
  return Object.fromEntries(rows.map((row) => [row.value, row.label]));
}

/** Sizes offered in a category, for the listing's size filter, in the shop's usual order. */
export async function listCategorySizes(db: Db, category: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ size: skus.size })
    .from(skus)
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(eq(products.categorySlug, category), isNull(products.deletedAt), sql`${skus.size} is not null`));
  return rows.map((r) => r.size as string).sort(compareSizes);
}

/** The same sizes, each with its label in `locale` (the glossary; the value itself when missing). */
export async function listCategorySizeChoices(db: Db, category: string, locale: Locale): Promise<SizeChoice[]> {
  const [sizes, labels] = await Promise.all([listCategorySizes(db, category), termLabels(db, "size", locale)]);
  return sizes.map((value) => ({ value, label: labels[value] ?? value }));
}

const LETTER_SIZES = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"];
function compareSizes(a: string, b: string): number {
  const rank = (s: string) => {
    const letter = LETTER_SIZES.indexOf(s);
    if (letter >= 0) return letter;
    const number = Number.parseFloat(s);
    return Number.isFinite(number) ? 100 + number : 1000;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * A scalar subquery with LIMIT 1, not EXISTS: for EXISTS the planner may pick a hashed subplan
 * that joins every online stock level with every SKU once per listing (48 ms at 10,000
 * products) instead of two index probes for each of the page's rows (0.06 ms each).
 */
const availableOnline = sql<boolean>`coalesce((
  select true from ${skus} s join ${stockLevels} st on st.sku = s.sku and st.location = ${ONLINE_LOCATION}
  where s.product_slug = ${products.slug} and st.quantity > 0 limit 1), false)`;

/**
 * Listing, filtering and full-text search. The total is a separate count, so the page query
 * works out availability for the page's rows only, not for every match (as a window count made it).
 */
export async function listProducts(db: Db, query: ProductQuery, locale: Locale = DEFAULT_LOCALE): Promise<ProductPage> {
  const conditions: SQL[] = [isNull(products.deletedAt)];
  if (query.category) {
    // The slugs first, then a plain IN: an OR with a subquery kept the planner from the
    // category index (a sequential scan of every product: 33 ms for a count at 100,000).
    const children = await db.select({ slug: categories.slug }).from(categories).where(eq(categories.parentSlug, query.category));
    conditions.push(inArray(products.categorySlug, [query.category, ...children.map((child) => child.slug)]));
  }
  // Search: the shared rule (docs/search.md), the same the offline search applies to the mirror.
  const search = query.q ? await searchSql(db, query.q, sql`${products.slug}`) : null;
  if (query.q && !search) return { items: [], total: 0, page: query.page };
  if (search) conditions.push(search.condition);
  if (query.sizes?.length) {
    conditions.push(
      sql`exists (select 1 from ${skus} s where s.product_slug = ${products.slug} and s.size in ${query.sizes})`,
    );
  }
  if (query.minCents !== undefined) conditions.push(sql`${products.priceCents} >= ${query.minCents}`);
  if (query.maxCents !== undefined) conditions.push(sql`${products.priceCents} <= ${query.maxCents}`);

  // The name in the page's language, for the cards and the name sort (unless the listing sorts
  // by name, computed for the page's rows only).
  const name = productNameIn(locale);
  const sort = query.sort ?? (search ? "relevance" : "newest");
  const orderBy: SQL[] = {
    relevance: search ? [sql`${search.rank} desc`, asc(name)] : [],
    newest: [desc(products.createdAt)],
    "price-asc": [asc(products.priceCents)],
    "price-desc": [desc(products.priceCents)],
    name: [asc(name)],
  }[sort];

  const pageRows = db
    .select({
      slug: products.slug,
      name,
      category: products.categorySlug,
      brand: products.brand,
      images: products.images,
      priceCents: products.priceCents,
      availableOnline,
    })
    .from(products)
    .where(and(...conditions))
    .orderBy(...orderBy, asc(products.slug))
    .limit(query.limit)
    .offset((query.page - 1) * query.limit);
  const [rows, total] = await Promise.all([pageRows, countProducts(db, conditions)]);

  const items: ProductSummary[] = rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    category: row.category,
    brand: row.brand,
    image: row.images[0] ?? row.slug,
    priceCents: row.priceCents,
    currency: "EUR",
    availableOnline: row.availableOnline,
  }));
  return { items, total, page: query.page };
}

/** Only needed when the requested page is past the end (the window count saw no row). */
async function countProducts(db: Db, conditions: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(products)
    .where(and(...conditions));
  return row?.n ?? 0;
}

const productTranslated = (locale: Locale) => and(eq(productTranslations.productSlug, products.slug), eq(productTranslations.locale, locale));

/**
 * SKUs of several products with their online and all-stores stock, in display order, their
 * colour and size labelled in `locale` (the glossary, French when missing).
 */
async function skusByProduct(db: Db, slugs: string[], locale: Locale = DEFAULT_LOCALE): Promise<Map<string, Sku[]>> {
  const bySlug = new Map<string, Sku[]>(slugs.map((slug) => [slug, []]));
  if (slugs.length === 0) return bySlug;
  const rows = await db
    .select({
      productSlug: skus.productSlug,
      sku: skus.sku,
      label: skus.label,
      size: skus.size,
      colour: skus.colour,
      priceCents: skus.priceCents,
      gtin: skus.gtin,
      onlineStock: sql<number>`coalesce(sum(${stockLevels.quantity}) filter (where ${stockLevels.location} = ${ONLINE_LOCATION}), 0)`.mapWith(Number),
      storeStock: sql<number>`coalesce(sum(${stockLevels.quantity}) filter (where ${stockLevels.location} <> ${ONLINE_LOCATION}), 0)`.mapWith(Number),
    })
    .from(skus)
    .leftJoin(stockLevels, eq(stockLevels.sku, skus.sku))
    .where(inArray(skus.productSlug, slugs))
    .groupBy(skus.sku)
    .orderBy(asc(skus.productSlug), asc(skus.position), asc(skus.sku));
  const [colours, sizes] = await Promise.all([termLabels(db, "colour", locale), termLabels(db, "size", locale)]);
  for (const { productSlug, gtin, ...sku } of rows) bySlug.get(productSlug)?.push(localizeSku(gtin ? { ...sku, gtin } : sku, colours, sizes));
  return bySlug;
}

type ProductRow = typeof products.$inferSelect;

function toProduct(row: ProductRow, productSkus: Sku[]): Product {
  return {
    slug: row.slug,
    name: row.name,
    description: row.description,
    category: row.categorySlug,
    brand: row.brand,
    images: row.images,
    priceCents: row.priceCents,
    currency: "EUR",
    skus: productSkus,
  };
}

/** A product in `locale`: its name and description translated when they are, its SKUs' colours and sizes labelled. */
export async function getProduct(db: Db, slug: string, locale: Locale = DEFAULT_LOCALE): Promise<Product | null> {
  const [found] = await db
    .select({ product: products, translation: productTranslations })
    .from(products)
    .leftJoin(productTranslations, productTranslated(locale))
    .where(and(eq(products.slug, slug), isNull(products.deletedAt)));
  if (!found) return null;
  const { product: row, translation } = found;
  const bySlug = await skusByProduct(db, [slug], locale);
  const text = translation ?? { name: row.name, description: row.description };
  return toProduct({ ...row, name: text.name, description: text.description }, bySlug.get(slug) ?? []);
}

export interface CatalogChanges {
  cursor: string;
  products: FeedProduct[];
  categories: FeedCategory[];
  deleted: string[];
  hasMore: boolean;
}

/**
 * The offline mirror's feed: every product and category whose version (catalog_versions) is
 * above `since`, oldest change first, `limit` products at a time. The returned cursor is the
 * highest version included, so a client repeats with it until `hasMore` is false. Versions are
 * taken at commit, in commit order (lib/db/schema.ts catalogVersions): once a version is
 * visible, so is every lower one, and a cursor never passes a change still to come.
 */
export async function catalogChangesSince(db: Db, since: number, limit: number): Promise<CatalogChanges> {
  const changed = await db
    .select({ slug: catalogVersions.slug, version: catalogVersions.version })
    .from(catalogVersions)
    .where(and(eq(catalogVersions.kind, "product"), gt(catalogVersions.version, since)))
    .orderBy(asc(catalogVersions.version))
    .limit(limit + 1);
  const hasMore = changed.length > limit;
  const page = changed.slice(0, limit);
  const productCursor = page.at(-1)?.version ?? since;
  const [rows, changedCategories] = await Promise.all([
    page.length ? db.select().from(products).where(inArray(products.slug, page.map((change) => change.slug))) : Promise.resolve([]),
    db
      .select({ category: categories, version: catalogVersions.version })
      .from(catalogVersions)
      .innerJoin(categories, eq(categories.slug, catalogVersions.slug))
      .where(and(eq(catalogVersions.kind, "category"), gt(catalogVersions.version, since), hasMore ? lte(catalogVersions.version, productCursor) : undefined))
      .orderBy(asc(catalogVersions.version)),
  ]);
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const ordered = page.flatMap((change) => bySlug.get(change.slug) ?? []);
  const live = ordered.filter((row) => !row.deletedAt);
  const liveSlugs = live.map((row) => row.slug);
  const [skusBySlug, searchRows, productTexts, terms, categoryTexts] = await Promise.all([
    skusByProduct(db, liveSlugs),
    liveSlugs.length ? db.select().from(productSearch).where(inArray(productSearch.slug, liveSlugs)) : Promise.resolve([]),
    liveSlugs.length ? db.select().from(productTranslations).where(inArray(productTranslations.productSlug, liveSlugs)) : Promise.resolve([]),
    liveSlugs.length ? db.select().from(catalogTerms) : Promise.resolve([]),
    changedCategories.length
      ? db.select().from(categoryTranslations).where(inArray(categoryTranslations.categorySlug, changedCategories.map(({ category }) => category.slug)))
      : Promise.resolve([]),
  ]);
  // The words server search matches travel with the product, so the offline search matches the same (docs/search.md).
  const searchBySlug = new Map(searchRows.map((row) => [row.slug, { text: row.text.trim(), nameWords: row.nameText.trim().split(" ").filter(Boolean).length }]));
  const textsBySlug = new Map<string, (typeof productTexts)[number][]>();
  for (const text of productTexts) textsBySlug.set(text.productSlug, [...(textsBySlug.get(text.productSlug) ?? []), text]);
  const withSearch = (product: Product): FeedProduct => ({
    ...product,
    search:
      searchBySlug.get(product.slug) ??
      searchDocument({ name: product.name, brand: product.brand, categoryNames: [], colours: product.skus.map((sku) => sku.colour), otherNames: [] }),
    translations: feedTranslations(product, textsBySlug.get(product.slug) ?? [], terms),
  });
  const cursor = Math.max(productCursor, changedCategories.at(-1)?.version ?? since);
  return {
    cursor: String(cursor),
    products: live.map((row) => withSearch(toProduct(row, skusBySlug.get(row.slug) ?? []))),
    categories: changedCategories.map(({ category }) => ({
      ...toCategory(category),
      translations: Object.fromEntries(categoryTexts.filter((text) => text.categorySlug === category.slug).map((text) => [text.locale, { name: text.name }])),
    })),
    deleted: ordered.filter((row) => row.deletedAt).map((row) => row.slug),
    hasMore,
  };
}

/**
 * A product's texts (`texts`: its translation rows) in every other language for the mirror (docs/catalog-languages.md): its
 * translated name and description, and the glossary's labels of its own colours and sizes. A
 * language with only glossary labels keeps the French name and description.
 */
function feedTranslations(
  product: Product,
  texts: readonly (typeof productTranslations.$inferSelect)[],
  terms: readonly (typeof catalogTerms.$inferSelect)[],
): Record<string, ProductTranslation> {
  const colours = new Set(product.skus.flatMap((sku) => (sku.colour === null ? [] : [sku.colour])));
  const sizes = new Set(product.skus.flatMap((sku) => (sku.size === null ? [] : [sku.size])));
  const translations: Record<string, ProductTranslation> = {};
  const of = (locale: string) => (translations[locale] ??= { name: product.name, description: product.description, colours: {}, sizes: {} });
  for (const text of texts) {
    Object.assign(of(text.locale), { name: text.name, description: text.description });
  }
  for (const term of terms) {
    if (term.kind === "colour" && colours.has(term.value)) of(term.locale).colours[term.value] = term.label;
    if (term.kind === "size" && sizes.has(term.value)) of(term.locale).sizes[term.value] = term.label;
  }
  return translations;
}
