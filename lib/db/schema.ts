import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/** Postgres full-text vector; only written by the generated column below. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Every catalog change (product, SKU, stock) takes the next value of this sequence, so the
 * offline mirror can ask "what changed since version N" (`/api/catalog?since=`).
 * Triggers in the migrations keep it current whatever code path writes.
 */
export const catalogVersion = pgSequence("catalog_version_seq");

export const categories = pgTable("categories", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  parentSlug: text("parent_slug"),
  position: integer("position").notNull().default(0),
  version: bigint("version", { mode: "number" })
    .notNull()
    .default(sql`nextval('catalog_version_seq')`),
});

export const products = pgTable(
  "products",
  {
    slug: text("slug").primaryKey(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    categorySlug: text("category_slug")
      .notNull()
      .references(() => categories.slug),
    brand: text("brand").notNull(),
    /** Image keys; URLs are built by lib/catalog/images.ts. */
    images: jsonb("images").$type<string[]>().notNull(),
    /** Lowest SKU price, kept for listing sort/filter without a join. */
    priceCents: integer("price_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: bigint("version", { mode: "number" })
      .notNull()
      .default(sql`nextval('catalog_version_seq')`),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('french', coalesce(name, '')), 'A') || setweight(to_tsvector('french', coalesce(brand, '')), 'B') || setweight(to_tsvector('french', coalesce(description, '')), 'C')`,
    ),
  },
  (t) => [
    index("products_category_idx").on(t.categorySlug, t.priceCents),
    index("products_version_idx").on(t.version),
    index("products_search_idx").using("gin", t.searchVector),
    check("products_price_positive", sql`${t.priceCents} >= 0`),
  ],
);

export const skus = pgTable(
  "skus",
  {
    sku: text("sku").primaryKey(),
    productSlug: text("product_slug")
      .notNull()
      .references(() => products.slug, { onDelete: "cascade" }),
    label: text("label").notNull(),
    size: text("size"),
    colour: text("colour"),
    priceCents: integer("price_cents").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("skus_product_idx").on(t.productSlug, t.position),
    index("skus_size_idx").on(t.size),
    check("skus_price_positive", sql`${t.priceCents} >= 0`),
  ],
);

/** Where stock sits: the online warehouse (`online`) or a store (same slug as the store). */
export const locations = pgTable("locations", {
  slug: text("slug").primaryKey(),
  kind: text("kind", { enum: ["warehouse", "store"] }).notNull(),
});

export const stores = pgTable(
  "stores",
  {
    slug: text("slug")
      .primaryKey()
      .references(() => locations.slug),
    name: text("name").notNull(),
    address: text("address").notNull(),
    postcode: text("postcode").notNull(),
    city: text("city").notNull(),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    phone: text("phone").notNull(),
    /** Weekly hours, index 0 = Monday: each day a list of ["HH:MM","HH:MM"] ranges (empty = closed). */
    openingHours: jsonb("opening_hours").$type<[string, string][][]>().notNull(),
    timezone: text("timezone").notNull().default("Europe/Paris"),
  },
  (t) => [index("stores_postcode_idx").on(t.postcode)],
);

export const stockLevels = pgTable(
  "stock_levels",
  {
    sku: text("sku")
      .notNull()
      .references(() => skus.sku, { onDelete: "cascade" }),
    location: text("location")
      .notNull()
      .references(() => locations.slug),
    quantity: integer("quantity").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sku, t.location] }),
    index("stock_location_idx").on(t.location, t.sku),
    // The last line of defence against overselling: the database refuses a negative level.
    check("stock_non_negative", sql`${t.quantity} >= 0`),
  ],
);
