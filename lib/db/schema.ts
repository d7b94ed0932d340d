import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
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
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** Postgres full-text vector; only written by the generated column below. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

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
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('french', coalesce(name, '')), 'A') || setweight(to_tsvector('french', coalesce(brand, '')), 'B') || setweight(to_tsvector('french', coalesce(description, '')), 'C')`,
    ),
  },
  (t) => [
    index("products_category_idx").on(t.categorySlug, t.priceCents),
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

// ─── Accounts and cross-device continuity (docs/accounts.md) ───────────────────────────────
// The first six tables are better-auth's (user, session, account, verification, rateLimit and
// the passkey plugin's), written from its documented schema; lib/auth/server.ts maps them.

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

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
  (t) => [index("passkeys_user_idx").on(t.userId), index("passkeys_credential_idx").on(t.credentialID)],
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
