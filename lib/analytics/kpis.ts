import { and, asc, between, desc, gte, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { kpiCrossDevice, kpiDaily } from "../db/schema";

/**
 * The dashboard's figures for a date range (docs/back-office.md), read from the daily rollups
 * only. "Visitors" are visitor-days: a browser counts once per day it came.
 */
export type KpiDevice = "phone" | "tablet" | "desktop";
const deviceName = (device: string): KpiDevice => (device === "mobile" ? "phone" : (device as KpiDevice));

export interface Funnel {
  visitors: number;
  sessions: number;
  productViews: number;
  addToCart: number;
  checkoutStarted: number;
  orders: number;
  reservations: number;
  /** Orders per session. */
  conversionRate: number;
}

export interface KpiReport {
  from: string;
  to: string;
  totals: Funnel & { abandonmentStep: AbandonmentStep | null };
  byDevice: (Funnel & { device: KpiDevice; installed: boolean })[];
  bySource: (Funnel & { source: string | null; campaign: string | null })[];
  byStore: { store: string; pickupOrders: number; inStoreOrders: number; reservations: number; soldOutOnlineReservations: number }[];
  deliveries: number;
  crossDevice: { signedInOrders: number; crossDeviceOrders: number; share: number; paths: { from: KpiDevice; to: KpiDevice; orders: number }[] };
  offline: { sessions: number; offlineSessions: number; share: number; cartChangesReplayed: number };
  signup: { promptsShown: number; dismissed: number; fromPrompt: number; signups: number; rate: number };
  daily: { day: string; sessions: number; orders: number }[];
}

export type AbandonmentStep = "product_view" | "add_to_cart" | "checkout" | "order";

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);
const num = (value: unknown) => Number(value ?? 0);

const sums = {
  visitors: sql<number>`sum(${kpiDaily.visitors})`,
  sessions: sql<number>`sum(${kpiDaily.sessions})`,
  productViews: sql<number>`sum(${kpiDaily.productViews})`,
  addToCart: sql<number>`sum(${kpiDaily.addToCart})`,
  checkoutStarted: sql<number>`sum(${kpiDaily.checkoutStarted})`,
  orders: sql<number>`sum(${kpiDaily.orders})`,
  reservations: sql<number>`sum(${kpiDaily.reservations})`,
};

function funnel(row: Record<keyof typeof sums, unknown>): Funnel {
  const f = {
    visitors: num(row.visitors),
    sessions: num(row.sessions),
    productViews: num(row.productViews),
    addToCart: num(row.addToCart),
    checkoutStarted: num(row.checkoutStarted),
    orders: num(row.orders),
    reservations: num(row.reservations),
  };
  return { ...f, conversionRate: ratio(f.orders, f.sessions) };
}

/**
 * Where most shoppers who reached a step did not reach the next one: sessions → product view →
 * add to cart → checkout → order; on a tie the earlier step. Null without sessions.
 */
export function abandonmentStep(f: Funnel): AbandonmentStep | null {
  if (f.sessions === 0) return null;
  const steps: [AbandonmentStep, number, number][] = [
    ["product_view", f.sessions, f.productViews],
    ["add_to_cart", f.productViews, f.addToCart],
    ["checkout", f.addToCart, f.checkoutStarted],
    ["order", f.checkoutStarted, f.orders],
  ];
  let worst: [AbandonmentStep, number] | null = null;
  for (const [step, reached, next] of steps) {
    if (reached === 0) break;
    const lost = 1 - Math.min(next, reached) / reached;
    if (!worst || lost > worst[1]) worst = [step, lost];
  }
  return worst?.[0] ?? null;
}

export async function kpiReport(db: Db, range: { from: string; to: string }): Promise<KpiReport> {
  const inRange = between(kpiDaily.day, range.from, range.to);
  const [totalsRow, deviceRows, sourceRows, storeRows, extraRow, pathRows, dailyRows] = await Promise.all([
    db.select(sums).from(kpiDaily).where(inRange),
    db
      .select({ device: kpiDaily.deviceClass, installed: kpiDaily.installed, ...sums })
      .from(kpiDaily)
      .where(inRange)
      .groupBy(kpiDaily.deviceClass, kpiDaily.installed)
      .orderBy(asc(kpiDaily.deviceClass), asc(kpiDaily.installed)),
    db
      .select({ source: kpiDaily.source, campaign: kpiDaily.campaign, ...sums })
      .from(kpiDaily)
      .where(inRange)
      .groupBy(kpiDaily.source, kpiDaily.campaign)
      .orderBy(desc(sums.sessions), asc(kpiDaily.source), asc(kpiDaily.campaign)),
    db
      .select({
        store: kpiDaily.storeSlug,
        pickupOrders: sql<number>`sum(${kpiDaily.pickupOrders})`,
        inStoreOrders: sql<number>`sum(${kpiDaily.inStoreOrders})`,
        reservations: sql<number>`sum(${kpiDaily.reservations})`,
        soldOut: sql<number>`sum(${kpiDaily.soldOutReservations})`,
      })
      .from(kpiDaily)
      .where(and(inRange, ne(kpiDaily.storeSlug, "")))
      .groupBy(kpiDaily.storeSlug)
      .orderBy(asc(kpiDaily.storeSlug)),
    db
      .select({
        deliveries: sql<number>`sum(${kpiDaily.deliveryOrders})`,
        signedInOrders: sql<number>`sum(${kpiDaily.signedInOrders})`,
        crossDeviceOrders: sql<number>`sum(${kpiDaily.crossDeviceOrders})`,
        offlineSessions: sql<number>`sum(${kpiDaily.offlineSessions})`,
        offlineCartChanges: sql<number>`sum(${kpiDaily.offlineCartChanges})`,
        signupPrompts: sql<number>`sum(${kpiDaily.signupPrompts})`,
        signups: sql<number>`sum(${kpiDaily.signups})`,
        signupPromptDismissals: sql<number>`sum(${kpiDaily.signupPromptDismissals})`,
        signupPromptSignups: sql<number>`sum(${kpiDaily.signupPromptSignups})`,
      })
      .from(kpiDaily)
      .where(inRange),
    db
      .select({ from: kpiCrossDevice.fromDevice, to: kpiCrossDevice.toDevice, orders: sql<number>`sum(${kpiCrossDevice.orders})` })
      .from(kpiCrossDevice)
      .where(and(gte(kpiCrossDevice.day, range.from), lte(kpiCrossDevice.day, range.to)))
      .groupBy(kpiCrossDevice.fromDevice, kpiCrossDevice.toDevice)
      .orderBy(desc(sql`sum(${kpiCrossDevice.orders})`), asc(kpiCrossDevice.fromDevice), asc(kpiCrossDevice.toDevice)),
    db
      .select({ day: kpiDaily.day, sessions: sums.sessions, orders: sums.orders })
      .from(kpiDaily)
      .where(inRange)
      .groupBy(kpiDaily.day)
      .orderBy(asc(kpiDaily.day)),
  ]);
  const totals = funnel(totalsRow[0]!);
  const extra = extraRow[0]!;
  const signedInOrders = num(extra.signedInOrders);
  const crossDeviceOrders = num(extra.crossDeviceOrders);
  const offlineSessions = num(extra.offlineSessions);
  const signupPrompts = num(extra.signupPrompts);
  const signups = num(extra.signups);
  return {
    from: range.from,
    to: range.to,
    totals: { ...totals, abandonmentStep: abandonmentStep(totals) },
    byDevice: deviceRows.map(({ device, installed, ...row }) => ({ device: deviceName(device), installed, ...funnel(row) })),
    bySource: sourceRows.map(({ source, campaign, ...row }) => ({ source: source || null, campaign: campaign || null, ...funnel(row) })),
    byStore: storeRows.map((row) => ({ store: row.store, pickupOrders: num(row.pickupOrders), inStoreOrders: num(row.inStoreOrders), reservations: num(row.reservations), soldOutOnlineReservations: num(row.soldOut) })),
    deliveries: num(extra.deliveries),
    crossDevice: {
      signedInOrders,
      crossDeviceOrders,
      share: ratio(crossDeviceOrders, signedInOrders),
      paths: pathRows.map((row) => ({ from: deviceName(row.from), to: deviceName(row.to), orders: num(row.orders) })),
    },
    offline: { sessions: totals.sessions, offlineSessions, share: ratio(offlineSessions, totals.sessions), cartChangesReplayed: num(extra.offlineCartChanges) },
    // The rate is of prompt-led sign-ups over prompts shown: the prompt's own conversion.
    signup: {
      promptsShown: signupPrompts,
      dismissed: num(extra.signupPromptDismissals),
      fromPrompt: num(extra.signupPromptSignups),
      signups,
      rate: ratio(num(extra.signupPromptSignups), signupPrompts),
    },
    daily: dailyRows.map((row) => ({ day: row.day, sessions: num(row.sessions), orders: num(row.orders) })),
  };
}

/** Whether the database holds the demo's generated traffic (visitor ids `demo-…`), so the dashboard can say so. */
export async function hasDemoTraffic(db: Db): Promise<boolean> {
  const { rows } = (await db.execute(sql`select 1 from analytics_events where visitor_id >= 'demo-' and visitor_id < 'demo.' limit 1`)) as unknown as { rows: unknown[] };
  return rows.length > 0;
}
