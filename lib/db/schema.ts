import { sql } from "drizzle-orm";
import { TEXT_LIMITS } from "./text-limits";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/**
 * Every catalog change (product, SKU, stock, category) takes the next value of this sequence, so
 * the offline mirror can ask "what changed since version N" (`/api/catalog?since=`). The value
 * is taken when the writing transaction commits, in commit order (see catalogVersions).
 */
export const catalogVersion = pgSequence("catalog_version_seq");

/**
 * The version of each product and category, the offline feed's cursor (docs/offline.md,
 * "Catalog mirror"). Written only by deferred constraint triggers (migration
 * catalog_versions_at_commit) when the writing transaction commits, under one advisory lock, so
 * versions become visible in the order they were taken: a reader that saw version N has seen
 * every version below N. Kept apart from `products`, so a sale (a stock row) never updates or
 * locks the product row itself.
 */
export const catalogVersions = pgTable(
  "catalog_versions",
  {
    /** "product" or "category". */
    kind: text("kind").notNull(),
    slug: text("slug").notNull(),
    version: bigint("version", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.slug] }), index("catalog_versions_kind_version_idx").on(t.kind, t.version)],
);

export const categories = pgTable("categories", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  parentSlug: text("parent_slug"),
  position: integer("position").notNull().default(0),
  /** Catalog import: a category left with no live product after a full feed (docs/import.md). */
  retiredAt: timestamp("retired_at", { withTimezone: true }),
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
    /** Retired: hidden from the storefront, kept so orders keep their lines (a full import retires what it no longer lists). */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    // Catalog import (docs/import.md): the feed's item_group_id (or id), and what the feed says besides.
    feedId: text("feed_id"),
    link: text("link"),
    productType: text("product_type"),
    googleProductCategory: text("google_product_category"),
  },
  (t) => [
    index("products_category_idx").on(t.categorySlug, t.priceCents),
    uniqueIndex("products_feed_id_idx").on(t.feedId),
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
    /** EAN-13 (or other GTIN) on the tag: in-store scanners look SKUs up by it. */
    gtin: text("gtin"),
    // Catalog import (docs/import.md): the regular price and the sale the feed announces;
    // price_cents is the price in effect when the feed was imported.
    listPriceCents: integer("list_price_cents"),
    salePriceCents: integer("sale_price_cents"),
    saleStartsAt: timestamp("sale_starts_at", { withTimezone: true }),
    saleEndsAt: timestamp("sale_ends_at", { withTimezone: true }),
  },
  (t) => [
    index("skus_product_idx").on(t.productSlug, t.position),
    uniqueIndex("skus_gtin_idx").on(t.gtin),
    index("skus_size_idx").on(t.size),
    check("skus_price_positive", sql`${t.priceCents} >= 0`),
  ],
);

/**
 * The catalog in other languages (docs/catalog-languages.md). French stays in `products` and
 * `categories`, the source of truth imports write; a row here translates it for one locale, and
 * whatever has no row reads in French. An edit here bumps the product's or category's catalog
 * version (migration catalog_translation_versions), so it reaches the offline mirror.
 */
export const productTranslations = pgTable(
  "product_translations",
  {
    productSlug: text("product_slug")
      .notNull()
      .references(() => products.slug, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
  },
  (t) => [primaryKey({ columns: [t.productSlug, t.locale] }), check("product_translations_locale", sql`${t.locale} <> 'fr'`)],
);

export const categoryTranslations = pgTable(
  "category_translations",
  {
    categorySlug: text("category_slug")
      .notNull()
      .references(() => categories.slug, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.categorySlug, t.locale] }), check("category_translations_locale", sql`${t.locale} <> 'fr'`)],
);

/**
 * The glossary of attribute values many SKUs share: a colour ("Bordeaux" → "Burgundy") or a size
 * ("Taille unique" → "One size") in another language. SKUs keep the French value, a key for
 * filters, URLs and SKU codes; only the label shown is translated.
 */
export const catalogTerms = pgTable(
  "catalog_terms",
  {
    /** "colour" or "size". */
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    locale: text("locale").notNull(),
    label: text("label").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.value, t.locale] }),
    check("catalog_terms_kind", sql`${t.kind} in ('colour', 'size')`),
    check("catalog_terms_locale", sql`${t.locale} <> 'fr'`),
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

/** Where a browser came from: its utm_source / utm_campaign and the campaign they matched, if any. */
export interface CampaignTouch {
  source: string | null;
  campaign: string | null;
  slug: string | null;
}

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
    /** How it reaches the shopper (docs/delivery.md): home, relay point (its id; the address above is the relay's), store pickup. */
    deliveryMethod: text("delivery_method", { enum: ["home", "relay", "pickup"] }),
    relayPoint: text("relay_point"),
    /** The delivery fee the server charged, included in `totalCents`. */
    deliveryFeeCents: integer("delivery_fee_cents").notNull().default(0),
    /** The dates promised when the order was placed, in the shop's time zone. */
    deliveryEarliest: date("delivery_earliest", { mode: "string" }),
    deliveryLatest: date("delivery_latest", { mode: "string" }),
    /** E.164, for the carrier or the store. */
    phone: text("phone"),
    /** When the shopper accepted the terms of sale (CGV). */
    termsAcceptedAt: timestamp("terms_accepted_at", { withTimezone: true }),
    paymentMethod: text("payment_method").notNull(),
    paymentReference: text("payment_reference"),
    totalCents: integer("total_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Pickup desk steps of a pickup order (docs/back-office.md). */
    readyAt: timestamp("ready_at", { withTimezone: true }),
    collectedAt: timestamp("collected_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Unpaid pickup orders: until when the units stay held at the store (docs/stores-and-pickup.md); null holds nothing to expire. */
    holdExpiresAt: timestamp("hold_expires_at", { withTimezone: true }),
    /** When the hold ran out and the units went back on sale. */
    expiredAt: timestamp("expired_at", { withTimezone: true }),
    /** The client address that placed an unpaid pickup order, while it holds units (caps active holds per client; cleared on release). */
    clientAddress: text("client_address"),
    locale: text("locale").notNull().default("fr"),
    firstTouch: jsonb("first_touch").$type<CampaignTouch>(),
    lastTouch: jsonb("last_touch").$type<CampaignTouch>(),
    /** The store the shopper stood in when ordering, in-store mode's endless aisle (docs/in-store.md); null online. */
    originStoreSlug: text("origin_store_slug").references(() => stores.slug),
  },
  (t) => [
    index("orders_store_idx").on(t.storeSlug, t.createdAt),
    index("orders_user_idx").on(t.userId, t.createdAt),
    index("orders_pickup_hold_idx")
      .on(t.holdExpiresAt)
      .where(sql`${t.holdExpiresAt} is not null and ${t.collectedAt} is null and ${t.cancelledAt} is null and ${t.expiredAt} is null`),
    // The caps on active holds count open pickup orders per e-mail and per client (docs/security.md).
    index("orders_holding_email_idx")
      .on(sql`lower(${t.email})`)
      .where(sql`${t.holdExpiresAt} is not null and ${t.collectedAt} is null and ${t.cancelledAt} is null and ${t.expiredAt} is null`),
    index("orders_holding_client_idx")
      .on(t.clientAddress)
      .where(sql`${t.clientAddress} is not null`),
    check("orders_total_non_negative", sql`${t.totalCents} >= 0`),
    check("orders_email_length", sql`char_length(${t.email}) <= ${sql.raw(String(TEXT_LIMITS.email))}`),
    check("orders_phone_length", sql`char_length(${t.phone}) <= 16`),
    check("orders_relay_point_length", sql`char_length(${t.relayPoint}) <= 64`),
    check("orders_delivery_address_size", sql`octet_length(${t.deliveryAddress}::text) <= ${sql.raw(String(TEXT_LIMITS.deliveryAddressJson))}`),
  ],
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
    /** The client address that made it, while active (caps active holds per client; cleared on release). */
    clientAddress: text("client_address"),
    /** active: units held at the store; expired / cancelled: units given back; collected: the shopper took them. */
    status: text("status", { enum: ["active", "expired", "cancelled", "collected"] }).notNull().default("active"),
    /** Set by the pickup desk when the units are on the counter (the shopper is told). */
    readyAt: timestamp("ready_at", { withTimezone: true }),
    collectedAt: timestamp("collected_at", { withTimezone: true }),
    /** The shopper's language when reserving: the "ready" mail is written in it. */
    locale: text("locale").notNull().default("fr"),
    /** Campaign touches of the browser that reserved (docs/back-office.md). */
    firstTouch: jsonb("first_touch").$type<CampaignTouch>(),
    lastTouch: jsonb("last_touch").$type<CampaignTouch>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    releasedAt: timestamp("released_at", { withTimezone: true }),
  },
  (t) => [
    // The sweep looks for active reservations past their time; the partial index keeps that cheap.
    index("reservations_active_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'active'`),
    index("reservations_user_idx").on(t.userId, t.createdAt),
    index("reservations_active_email_idx").on(sql`lower(${t.email})`).where(sql`${t.status} = 'active'`),
    index("reservations_active_client_idx").on(t.clientAddress).where(sql`${t.status} = 'active'`),
    index("reservations_store_idx").on(t.storeSlug, t.createdAt),
    check("reservations_quantity_positive", sql`${t.quantity} > 0`),
    check("reservations_email_length", sql`char_length(${t.email}) <= ${sql.raw(String(TEXT_LIMITS.email))}`),
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
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
    check("idempotency_keys_key_length", sql`char_length(${t.key}) <= ${sql.raw(String(TEXT_LIMITS.idempotencyKey))}`),
  ],
);

// ─── Accounts and cross-device continuity (docs/accounts.md) ───────────────────────────────
// The first six tables are better-auth's (user, session, account, verification, rateLimit and
// the passkey plugin's), written from its documented schema; lib/auth/server.ts maps them.

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("users_name_length", sql`char_length(${t.name}) <= ${sql.raw(String(TEXT_LIMITS.personName))}`),
    check("users_email_length", sql`char_length(${t.email}) <= ${sql.raw(String(TEXT_LIMITS.email))}`),
    check("users_image_length", sql`char_length(${t.image}) <= ${sql.raw(String(TEXT_LIMITS.imageUrl))}`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The device's visitor cookie at sign-in: ties the session to that device's history and cart changes. */
    visitorId: text("visitor_id"),
    /** Last request seen with this session (events, cart), for /account/devices. */
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** better-auth's "account": one row per way in (the email+password credential holds the hash). */
export const authAccounts = pgTable(
  "auth_accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_accounts_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/** better-auth's database rate-limit storage: shared by every instance of a stateless web tier. */
export const rateLimits = pgTable("rate_limits", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

export const passkeys = pgTable(
  "passkeys",
  {
    id: text("id").primaryKey(),
    name: text("name"),
    publicKey: text("public_key").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    credentialID: text("credential_id").notNull(),
    counter: integer("counter").notNull(),
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull(),
    transports: text("transports"),
    createdAt: timestamp("created_at", { withTimezone: true }),
    aaguid: text("aaguid"),
  },
  (t) => [
    index("passkeys_user_idx").on(t.userId),
    index("passkeys_credential_idx").on(t.credentialID),
    check("passkeys_name_length", sql`char_length(${t.name}) <= ${sql.raw(String(TEXT_LIMITS.passkeyName))}`),
  ],
);

/** Secrets generated on first start when no environment variable gives one (BETTER_AUTH_SECRET). */
export const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A device/browser, known by its first-party visitor cookie; attached to an account at sign-in. */
export const visitors = pgTable(
  "visitors",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    deviceClass: text("device_class", { enum: ["mobile", "tablet", "desktop"] }).notNull(),
    /** "Chrome · Android": enough to tell the shopper which device it was. */
    deviceLabel: text("device_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("visitors_user_idx").on(t.userId, t.lastSeenAt)],
);

/** Every product view (also the ones queued offline), for history, "continue" and analytics. */
export const productViews = pgTable(
  "product_views",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    visitorId: text("visitor_id")
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    productSlug: text("product_slug")
      .notNull()
      .references(() => products.slug, { onDelete: "cascade" }),
    sku: text("sku"),
    deviceClass: text("device_class", { enum: ["mobile", "tablet", "desktop"] }).notNull(),
    installed: boolean("installed").notNull().default(false),
    source: text("source"),
    /** When the shopper saw the page (client time, clamped to the receiving time). */
    viewedAt: timestamp("viewed_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** The client's id for the event: a replayed offline batch is recorded once. */
    clientEventId: text("client_event_id").notNull(),
  },
  (t) => [
    uniqueIndex("product_views_client_event_idx").on(t.visitorId, t.clientEventId),
    index("product_views_user_idx").on(t.userId, t.viewedAt),
    index("product_views_visitor_idx").on(t.visitorId, t.viewedAt),
    index("product_views_viewed_idx").on(t.viewedAt),
    check("product_views_source_length", sql`char_length(${t.source}) <= ${sql.raw(String(TEXT_LIMITS.campaignSource))}`),
    check("product_views_client_event_id_length", sql`char_length(${t.clientEventId}) <= ${sql.raw(String(TEXT_LIMITS.clientEventId))}`),
  ],
);

/** The account cart (docs/accounts.md#cart-merge): one row per SKU, tombstones (quantity 0) kept. */
export const accountCartLines = pgTable(
  "account_cart_lines",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sku: text("sku")
      .notNull()
      .references(() => skus.sku, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull(),
    /** The device (visitor) whose change this is: "the cart you built on your phone". */
    visitorId: text("visitor_id"),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.sku] }),
    check("account_cart_quantity_range", sql`${t.quantity} >= 0 AND ${t.quantity} <= 20`),
  ],
);

export const wishlistItems = pgTable(
  "wishlist_items",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    productSlug: text("product_slug")
      .notNull()
      .references(() => products.slug, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.productSlug] }), index("wishlist_user_idx").on(t.userId, t.createdAt)],
);

// ─── Abuse limits (docs/security.md) ─────────────────────────────────────────────────────────
/** rate-limiter-flexible's counters when no Redis is configured: shared by every instance through the database. */
export const abuseCounters = pgTable("abuse_counters", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { withTimezone: true }),
});

// ─── Catalog import (docs/import.md) ─────────────────────────────────────────────────────────

/** One row per run of the import (command or upload), with the report it produced. */
export const imports = pgTable(
  "imports",
  {
    id: text("id").primaryKey(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull(),
    /** succeeded: committed (possibly with rejected rows); failed: a file could not be read, nothing changed. */
    status: text("status", { enum: ["succeeded", "failed"] }).notNull(),
    /** Whether the catalog changed at all. */
    changed: boolean("changed").notNull(),
    report: jsonb("report").notNull(),
  },
  (t) => [index("imports_started_idx").on(t.startedAt)],
);

/**
 * Imported product pictures, content-addressed: `id` is the start of the SHA-256 of the source
 * file, and the image keys of a product that shows it end with it. `master` is the picture
 * normalised once at import (4:5, at most 960 px wide, WebP); the image route resizes it.
 */
export const catalogPictures = pgTable("catalog_pictures", {
  id: text("id").primaryKey(),
  master: customType<{ data: Buffer }>({ dataType: () => "bytea" })("master").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What the local inventory feed says besides the quantity: the store's price and pickup terms. */
export const localOffers = pgTable(
  "local_offers",
  {
    sku: text("sku")
      .notNull()
      .references(() => skus.sku, { onDelete: "cascade" }),
    storeSlug: text("store_slug")
      .notNull()
      .references(() => stores.slug),
    priceCents: integer("price_cents"),
    pickupMethod: text("pickup_method"),
    pickupSla: text("pickup_sla"),
  },
  (t) => [primaryKey({ columns: [t.sku, t.storeSlug] })],
);

// ─── Back office (docs/back-office.md) ──────────────────────────────────────────────────────

/** Staff accounts: `admin` (everything, grants roles) or `staff`, optionally bound to one store. */
export const staffRoles = pgTable("staff_roles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  role: text("role", { enum: ["admin", "staff"] }).notNull(),
  /** A store's slug: this member sees only that store's pickups and stock. Null: every store. */
  storeSlug: text("store_slug").references(() => stores.slug),
  grantedBy: text("granted_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A landing for visitors arriving with matching utm parameters. */
export const campaigns = pgTable(
  "campaigns",
  {
    slug: text("slug").primaryKey(),
    matchSource: text("match_source"),
    matchCampaign: text("match_campaign"),
    title: text("title").notNull(),
    text: text("text").notNull(),
    imageUrl: text("image_url"),
    categorySlug: text("category_slug").references(() => categories.slug),
    productSlugs: jsonb("product_slugs").$type<string[]>().notNull().default([]),
    promoCode: text("promo_code"),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("campaigns_matches_something", sql`${t.matchSource} is not null or ${t.matchCampaign} is not null`)],
);

/**
 * Every analytics event (bots filtered), as received: the source the daily rollups are built
 * from and rebuilt from. Device, source and campaign are the dimensions of the dashboard.
 */
export const analyticsEvents = pgTable(
  "analytics_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    type: text("type").notNull(),
    visitorId: text("visitor_id").notNull(),
    userId: text("user_id"),
    sessionId: text("session_id"),
    deviceClass: text("device_class", { enum: ["mobile", "tablet", "desktop"] }).notNull(),
    installed: boolean("installed").notNull().default(false),
    source: text("source"),
    campaign: text("campaign"),
    storeSlug: text("store_slug"),
    offline: boolean("offline").notNull().default(false),
    /** Orders made in a store, in-store mode (docs/in-store.md): `store_slug` is that store. */
    inStore: boolean("in_store").notNull().default(false),
    /** Units (add to cart), replayed changes (cart_replay), 1 otherwise. */
    quantity: integer("quantity").notNull().default(1),
    /** Orders: "pickup" / "delivery"; reservations: "sold_out_online" when the SKU had none online. */
    detail: text("detail"),
    /** Orders of a signed-in shopper first seen on another device class: that class. */
    priorDevice: text("prior_device"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    clientEventId: text("client_event_id").notNull(),
  },
  (t) => [
    uniqueIndex("analytics_events_client_idx").on(t.visitorId, t.clientEventId),
    index("analytics_events_user_idx").on(t.userId, t.occurredAt),
    index("analytics_events_occurred_idx").on(t.occurredAt),
  ],
);

/** Daily counters per device, installed, source, campaign and store, kept current at each write. */
export const kpiDaily = pgTable(
  "kpi_daily",
  {
    day: text("day").notNull(),
    deviceClass: text("device_class").notNull(),
    installed: boolean("installed").notNull(),
    source: text("source").notNull().default(""),
    campaign: text("campaign").notNull().default(""),
    storeSlug: text("store_slug").notNull().default(""),
    visitors: integer("visitors").notNull().default(0),
    sessions: integer("sessions").notNull().default(0),
    productViews: integer("product_views").notNull().default(0),
    addToCart: integer("add_to_cart").notNull().default(0),
    checkoutStarted: integer("checkout_started").notNull().default(0),
    orders: integer("orders").notNull().default(0),
    pickupOrders: integer("pickup_orders").notNull().default(0),
    deliveryOrders: integer("delivery_orders").notNull().default(0),
    reservations: integer("reservations").notNull().default(0),
    soldOutReservations: integer("sold_out_reservations").notNull().default(0),
    signupPrompts: integer("signup_prompts").notNull().default(0),
    signupPromptDismissals: integer("signup_prompt_dismissals").notNull().default(0),
    signups: integer("signups").notNull().default(0),
    /** Sign-ups that came through the sign-up prompt's own link. */
    signupPromptSignups: integer("signup_prompt_signups").notNull().default(0),
    offlineSessions: integer("offline_sessions").notNull().default(0),
    offlineCartChanges: integer("offline_cart_changes").notNull().default(0),
    crossDeviceOrders: integer("cross_device_orders").notNull().default(0),
    signedInOrders: integer("signed_in_orders").notNull().default(0),
    /** Orders made in the store (in-store mode's endless aisle, docs/in-store.md), whatever their delivery. */
    inStoreOrders: integer("in_store_orders").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.deviceClass, t.installed, t.source, t.campaign, t.storeSlug] })],
);

/** Orders of signed-in shoppers first seen on another device class, per path (phone → desktop). */
export const kpiCrossDevice = pgTable(
  "kpi_cross_device",
  {
    day: text("day").notNull(),
    fromDevice: text("from_device").notNull(),
    toDevice: text("to_device").notNull(),
    orders: integer("orders").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.fromDevice, t.toDevice] })],
);

/** One row per visitor and day: makes "visitors" a distinct count, on a table far smaller than the events. */
export const kpiVisitorDays = pgTable(
  "kpi_visitor_days",
  {
    day: text("day").notNull(),
    visitorId: text("visitor_id").notNull(),
    deviceClass: text("device_class").notNull(),
    installed: boolean("installed").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.visitorId] })],
);

// ─── Preferences, consent and data rights (docs/engagement.md) ─────────────────────────────

/** What the shopper told the shop (docs/engagement.md#preferences): the `/api/preferences` shape. */
export interface StoredPreferences {
  channels: { email: boolean; sms: boolean; push: boolean };
  topics: { promotions: boolean; newsletter: boolean; loyalty: boolean; events: boolean; backInStock: boolean; orderUpdates: boolean };
  interests: string[];
  sizes: Record<string, string>;
  favouriteStore: string | null;
}

export const shopperPreferences = pgTable("shopper_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  preferences: jsonb("preferences").$type<StoredPreferences>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per consent or preference change, never updated nor deleted (a trigger refuses both,
 * docs/engagement.md#consent-records). No foreign key: the proof outlives a deleted account,
 * keyed by an id that no longer leads to a person.
 */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id").notNull(),
    /** What changed: `channels.email`, `topics.promotions`, `interests`, `sizes`, `favouriteStore`. */
    subject: text("subject").notNull(),
    value: jsonb("value").notNull(),
    /** Where the shopper made the change: `preference_center`, `api`. */
    source: text("source").notNull(),
    /** The exact sentence the shopper saw next to the control, in their language. */
    textShown: text("text_shown").notNull(),
    locale: text("locale").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consent_records_user_idx").on(t.userId, t.recordedAt)],
);

// ─── Notifications: web push, back-in-stock alerts, outbox, message center (docs/engagement.md) ───

/** A browser's push subscription (PushSubscription.toJSON()), owned by a signed-in shopper. */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    endpoint: text("endpoint").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("push_subscriptions_user_idx").on(t.userId), check("push_subscriptions_endpoint_length", sql`char_length(${t.endpoint}) <= 1024`)],
);

/**
 * "Prévenez-moi": one message when the SKU is back at `location` (`online` or a store), then
 * closed (`firedAt`). Either a signed-in shopper (`userId`) or a guest's e-mail.
 */
export const stockAlerts = pgTable(
  "stock_alerts",
  {
    id: text("id").primaryKey(),
    sku: text("sku")
      .notNull()
      .references(() => skus.sku, { onDelete: "cascade" }),
    location: text("location")
      .notNull()
      .references(() => locations.slug),
    channel: text("channel", { enum: ["push", "email"] }).notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    locale: text("locale").notNull().default("fr"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    firedAt: timestamp("fired_at", { withTimezone: true }),
  },
  (t) => [
    index("stock_alerts_open_idx").on(t.sku, t.location).where(sql`${t.firedAt} is null`),
    // One open alert per shopper (or e-mail) and SKU and place: asking twice keeps the first.
    uniqueIndex("stock_alerts_open_unique_idx")
      .on(t.sku, t.location, sql`coalesce(${t.userId}, lower(${t.email}))`)
      .where(sql`${t.firedAt} is null`),
    index("stock_alerts_user_idx").on(t.userId),
    check("stock_alerts_recipient", sql`${t.userId} is not null or ${t.email} is not null`),
    check("stock_alerts_email_length", sql`char_length(${t.email}) <= ${sql.raw(String(TEXT_LIMITS.email))}`),
  ],
);

/**
 * Outgoing messages, written in the transaction that decided them and sent by whichever
 * instance claims them first (`FOR UPDATE SKIP LOCKED`, then a lease in `claimedUntil`).
 */
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind", { enum: ["back_in_stock", "pickup_ready", "message"] }).notNull(),
    /** The preference-center topic the message belongs to. */
    topic: text("topic").notNull(),
    /** The channel tried first; push falls back to e-mail. */
    channel: text("channel", { enum: ["push", "email"] }).notNull(),
    /** Service messages the shopper asked for (an alert, a pickup) vs messages that need topic and channel opt-in. */
    requested: boolean("requested").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    url: text("url").notNull(),
    mailSubject: text("mail_subject").notNull(),
    mailText: text("mail_text").notNull(),
    status: text("status", { enum: ["pending", "sent", "skipped", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    sentVia: text("sent_via", { enum: ["push", "email"] }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("notification_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`)],
);

/** The message center: what the shop told a signed-in shopper, read on any device. */
export const shopperMessages = pgTable(
  "shopper_messages",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    url: text("url").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("shopper_messages_user_idx").on(t.userId, t.createdAt)],
);

/**
 * One loyalty card per account (docs/engagement.md#loyalty-card): an EAN-13 in the GS1 range kept
 * for in-house numbers (prefixes 20–29), allocated once, unique across the shop.
 */
export const loyaltyCards = pgTable(
  "loyalty_cards",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    cardNumber: text("card_number").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("loyalty_cards_number_idx").on(t.cardNumber), check("loyalty_cards_number_format", sql`${t.cardNumber} ~ '^2[0-9]{12}$'`)],
);

/**
 * Points earned, one row per source (an order, a collected reservation, a completed challenge),
 * never updated (a trigger refuses it, migration loyalty_ledger_append_only). `source` is unique:
 * a source earns once however often it is counted (docs/engagement.md#points).
 */
export const loyaltyLedger = pgTable(
  "loyalty_ledger",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** `order:<id>`, `reservation:<id>`, `challenge:<id>`. */
    source: text("source").notNull(),
    kind: text("kind", { enum: ["order", "pickup", "challenge"] }).notNull(),
    points: integer("points").notNull(),
    /** What was spent, in cents, for purchases; null for a challenge. */
    basisCents: integer("basis_cents"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("loyalty_ledger_source_idx").on(t.source), index("loyalty_ledger_user_idx").on(t.userId, t.createdAt), check("loyalty_ledger_points_non_negative", sql`${t.points} >= 0`)],
);

/** A shopper's time-boxed challenges, chosen once per period (docs/engagement.md#challenges). */
export const loyaltyChallenges = pgTable(
  "loyalty_challenges",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["omnichannel", "discover_category", "favourite_store"] }).notNull(),
    /** The category or store the challenge names; null for omnichannel. */
    subject: text("subject"),
    points: integer("points").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("loyalty_challenges_user_period_kind_idx").on(t.userId, t.startsAt, t.kind), check("loyalty_challenges_points_positive", sql`${t.points} > 0`)],
);

// ─── Satisfaction question (docs/engagement.md#satisfaction-question) ──────────────────────

/**
 * One answer to "Vous aimez Vitrine ?" after an order or a pickup: yes, or no with what went
 * wrong (optional text). Read by staff in /admin/feedback; a signed-in shopper is asked at most
 * once per 90 days, found from `user_id` here.
 */
export const shopFeedback = pgTable(
  "shop_feedback",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    liked: boolean("liked").notNull(),
    /** After what: an order confirmed or a pickup collected. */
    moment: text("moment").notNull(),
    message: text("message"),
    locale: text("locale").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("shop_feedback_created_idx").on(t.createdAt),
    index("shop_feedback_user_idx").on(t.userId, t.createdAt),
    check("shop_feedback_moment", sql`${t.moment} in ('order', 'pickup')`),
    check("shop_feedback_message_length", sql`char_length(${t.message}) <= ${sql.raw(String(TEXT_LIMITS.feedbackMessage))}`),
  ],
);

/**
 * What catalog search looks for in each product (docs/search.md): the words of
 * lib/search/document.ts, written by lib/search/index-products.ts whenever the catalog is
 * seeded or imported: `text` all of them (the name's first), `name_text` the name's, for
 * ranking. Both start and end with a space, so that `like '% word%'` finds a word's start.
 */
export const productSearch = pgTable("product_search", {
  slug: text("slug")
    .primaryKey()
    .references(() => products.slug, { onDelete: "cascade" }),
  text: text("text").notNull(),
  nameText: text("name_text").notNull(),
});
