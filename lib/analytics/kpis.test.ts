import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users, visitors } from "../db/schema";
import { kpiReport } from "./kpis";
import { rebuildRollups, recordAnalytics, type AnalyticsEvent } from "./record";

/**
 * Generated traffic on a phone, a desktop and an installed app, with one shopper who views on
 * the phone and orders on the desktop: the report must give these exact numbers.
 */
let database: Database;
const at = (hour: number, minute = 0) => new Date(Date.UTC(2026, 10, 20, hour, minute));
let seq = 0;
const event = (e: Omit<AnalyticsEvent, "clientEventId" | "occurredAt"> & { occurredAt?: Date }): AnalyticsEvent => ({ clientEventId: `e-${++seq}`, occurredAt: at(9, seq), ...e });

const PHONE = { visitorId: "phone-visitor-0000000000", deviceClass: "mobile" as const, installed: false };
const DESKTOP = { visitorId: "desktop-visitor-00000000", deviceClass: "desktop" as const, installed: false };
const APP = { visitorId: "app-visitor-000000000000", deviceClass: "mobile" as const, installed: true };

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await database.db.insert(users).values({ id: "ada", name: "Ada", email: "ada@example.org" });
  // Ada's phone and desktop are both attached to her account (sign-in on each).
  await database.db.insert(visitors).values([
    { id: PHONE.visitorId, userId: "ada", deviceClass: "mobile", deviceLabel: "Chrome · Android" },
    { id: DESKTOP.visitorId, userId: "ada", deviceClass: "desktop", deviceLabel: "Chrome · Windows" },
  ]);
  const news = { source: "newsletter", campaign: "newsletter-hiver" };
  await recordAnalytics(database.db, [
    // Phone, from the newsletter, anonymous: a session, two views, an add to cart; it then goes offline.
    event({ ...PHONE, ...news, type: "session_start", sessionId: "s1" }),
    event({ ...PHONE, ...news, type: "product_view", sessionId: "s1" }),
    event({ ...PHONE, ...news, type: "product_view", sessionId: "s1" }),
    event({ ...PHONE, ...news, type: "add_to_cart", sessionId: "s1" }),
    event({ ...PHONE, ...news, type: "offline_session", sessionId: "s1", offline: true }),
    event({ ...PHONE, ...news, type: "cart_replay", sessionId: "s1", offline: true, quantity: 3 }),
    event({ ...PHONE, ...news, type: "signup_prompt_shown", sessionId: "s1" }),
    event({ ...PHONE, ...news, type: "signup_prompt_dismissed", sessionId: "s1" }),
    event({ ...PHONE, ...news, type: "signup", sessionId: "s1", userId: "ada", detail: "prompt" }),
  ]);
  // Desktop, direct, signed in: a view, checkout, a pickup order: the cross-device journey.
  await recordAnalytics(database.db, [
    event({ ...DESKTOP, type: "session_start", sessionId: "s2", userId: "ada", occurredAt: at(18) }),
    event({ ...DESKTOP, type: "product_view", sessionId: "s2", userId: "ada", occurredAt: at(18, 1) }),
    event({ ...DESKTOP, type: "add_to_cart", sessionId: "s2", userId: "ada", occurredAt: at(18, 2) }),
    event({ ...DESKTOP, type: "checkout_start", sessionId: "s2", userId: "ada", occurredAt: at(18, 3) }),
    event({ ...DESKTOP, type: "order", sessionId: "s2", userId: "ada", detail: "pickup", storeSlug: "lyon-bellecour", occurredAt: at(18, 4) }),
  ]);
  // The installed app: two sessions, a view, a reservation of a SKU sold out online; a replayed batch counts once.
  const app = [
    event({ ...APP, type: "session_start", sessionId: "s3", occurredAt: at(12) }),
    event({ ...APP, type: "product_view", sessionId: "s3", occurredAt: at(12, 1) }),
    event({ ...APP, type: "reservation", sessionId: "s3", detail: "sold_out_online", storeSlug: "lyon-part-dieu", occurredAt: at(12, 2) }),
    event({ ...APP, type: "session_start", sessionId: "s4", occurredAt: at(20) }),
    // Ordered for home delivery while standing in Lyon Part-Dieu (in-store mode's endless aisle).
    event({ ...APP, type: "order", sessionId: "s4", detail: "delivery", storeSlug: "lyon-part-dieu", inStore: true, occurredAt: at(20, 5) }),
  ];
  expect(await recordAnalytics(database.db, app)).toBe(5);
  expect(await recordAnalytics(database.db, app)).toBe(0);
});
afterAll(() => database.close());

const expected = {
  from: "2026-11-20",
  to: "2026-11-20",
  totals: { visitors: 3, sessions: 4, productViews: 4, addToCart: 2, checkoutStarted: 1, orders: 2, reservations: 1, conversionRate: 0.5, abandonmentStep: "add_to_cart" },
  byDevice: [
    { device: "desktop", installed: false, visitors: 1, sessions: 1, productViews: 1, addToCart: 1, checkoutStarted: 1, orders: 1, reservations: 0, conversionRate: 1 },
    { device: "phone", installed: false, visitors: 1, sessions: 1, productViews: 2, addToCart: 1, checkoutStarted: 0, orders: 0, reservations: 0, conversionRate: 0 },
    { device: "phone", installed: true, visitors: 1, sessions: 2, productViews: 1, addToCart: 0, checkoutStarted: 0, orders: 1, reservations: 1, conversionRate: 0.5 },
  ],
  bySource: [
    { source: null, campaign: null, visitors: 2, sessions: 3, productViews: 2, addToCart: 1, checkoutStarted: 1, orders: 2, reservations: 1, conversionRate: 0.6667 },
    { source: "newsletter", campaign: "newsletter-hiver", visitors: 1, sessions: 1, productViews: 2, addToCart: 1, checkoutStarted: 0, orders: 0, reservations: 0, conversionRate: 0 },
  ],
  byStore: [
    { store: "lyon-bellecour", pickupOrders: 1, inStoreOrders: 0, reservations: 0, soldOutOnlineReservations: 0 },
    { store: "lyon-part-dieu", pickupOrders: 0, inStoreOrders: 1, reservations: 1, soldOutOnlineReservations: 1 },
  ],
  deliveries: 1,
  crossDevice: { signedInOrders: 1, crossDeviceOrders: 1, share: 1, paths: [{ from: "phone", to: "desktop", orders: 1 }] },
  offline: { sessions: 4, offlineSessions: 1, share: 0.25, cartChangesReplayed: 3 },
  signup: { promptsShown: 1, dismissed: 1, fromPrompt: 1, signups: 1, rate: 1 },
  daily: [{ day: "2026-11-20", sessions: 4, orders: 2 }],
};

describe("KPI report", () => {
  it("gives the exact numbers by device, source, store, cross-device and offline", async () => {
    expect(await kpiReport(database.db, { from: "2026-11-20", to: "2026-11-20" })).toEqual(expected);
  });

  it("an empty range is zeros, not errors", async () => {
    const empty = await kpiReport(database.db, { from: "2026-01-01", to: "2026-01-31" });
    expect(empty.totals).toMatchObject({ sessions: 0, conversionRate: 0, abandonmentStep: null });
    expect(empty.byDevice).toEqual([]);
  });

  it("rebuilding the rollups from the events gives the same report", async () => {
    const rollups = () => database.db.execute(sql`select * from kpi_daily order by 1, 2, 3, 4, 5, 6`) as Promise<unknown>;
    const before = await rollups();
    await rebuildRollups(database.db);
    expect(await rollups()).toEqual(before);
    expect(await kpiReport(database.db, { from: "2026-11-20", to: "2026-11-20" })).toEqual(expected);
  });
});
