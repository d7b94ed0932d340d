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

// ── Stock and pickup: orders, click-and-collect reservations, idempotent order creation ──

export interface DeliveryAddress {
  name: string;
  line1: string;
  postcode: string;
  city: string;
}

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey(),
    /** SHA-256 of the secret in the confirmation link; the secret itself is never stored. */
    accessTokenHash: text("access_token_hash").notNull(),
    email: text("email").notNull(),
    /** The signed-in shopper who placed it, when there was one. */
    userId: text("user_id"),
    status: text("status", { enum: ["paid", "awaiting_pickup"] }).notNull(),
    fulfilment: text("fulfilment", { enum: ["delivery", "pickup"] }).notNull(),
    /** Pickup store (fulfilment "pickup"). */
    storeSlug: text("store_slug").references(() => stores.slug),
    deliveryAddress: jsonb("delivery_address").$type<DeliveryAddress>(),
    paymentMethod: text("payment_method").notNull(),
    paymentReference: text("payment_reference"),
    totalCents: integer("total_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("orders_user_idx").on(t.userId, t.createdAt), check("orders_total_non_negative", sql`${t.totalCents} >= 0`)],
);

export const orderLines = pgTable(
  "order_lines",
  {
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    sku: text("sku")
      .notNull()
      .references(() => skus.sku),
    /** Where the units were taken from: `online` for delivery, the store for pickup. */
    location: text("location")
      .notNull()
      .references(() => locations.slug),
    quantity: integer("quantity").notNull(),
    /** The price when ordered, read from the database (never from the client). */
    unitPriceCents: integer("unit_price_cents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.sku] }), check("order_lines_quantity_positive", sql`${t.quantity} > 0`)],
);

export const reservations = pgTable(
  "reservations",
  {
    id: text("id").primaryKey(),
    accessTokenHash: text("access_token_hash").notNull(),
    /** Short code the shopper gives (or shows as a QR code) at the store. */
    code: text("code").notNull(),
    sku: text("sku")
      .notNull()
      .references(() => skus.sku),
    storeSlug: text("store_slug")
      .notNull()
      .references(() => stores.slug),
    quantity: integer("quantity").notNull(),
    email: text("email").notNull(),
    userId: text("user_id"),
    /** active: units held at the store; expired / cancelled: units given back. */
    status: text("status", { enum: ["active", "expired", "cancelled"] }).notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    releasedAt: timestamp("released_at", { withTimezone: true }),
  },
  (t) => [
    // The sweep looks for active reservations past their time; the partial index keeps that cheap.
    index("reservations_active_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'active'`),
    index("reservations_user_idx").on(t.userId, t.createdAt),
    check("reservations_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

/** The first answer to each `Idempotency-Key`, replayed to any retry with the same key and body. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    response: jsonb("response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);
