import { and, asc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { analyticsEvents, kpiCrossDevice, kpiDaily, kpiVisitorDays, visitors } from "../db/schema";
import type { DeviceClass } from "../visitor/device";

/**
 * Analytics events and their daily rollups (docs/back-office.md). Every accepted event is kept
 * in `analytics_events`; in the same transaction its counters are added to `kpi_daily` (per
 * day, device, installed, source, campaign, store), so the dashboard reads a few thousand
 * rows whatever the number of events. `rebuildRollups` recomputes the same tables from the
 * events (demo seed, benchmarks, and the test that both agree).
 */
export const EVENT_TYPES = [
  "session_start",
  "product_view",
  "add_to_cart",
  "checkout_start",
  "order",
  "reservation",
  "signup_prompt_shown",
  "signup_prompt_dismissed",
  "signup",
  "offline_session",
  "cart_replay",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Days are counted in the retailer's time zone. */
export const KPI_TIME_ZONE = "Europe/Paris";
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: KPI_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
export const kpiDay = (at: Date): string => dayFormat.format(at);

export interface AnalyticsEvent {
  type: EventType;
  clientEventId: string;
  visitorId: string;
  userId?: string | null;
  sessionId?: string | null;
  deviceClass: DeviceClass;
  installed: boolean;
  source?: string | null;
  campaign?: string | null;
  storeSlug?: string | null;
  offline?: boolean;
  /** An order made in a store (in-store mode, docs/in-store.md); `storeSlug` names it. */
  inStore?: boolean;
  quantity?: number;
  /** order: "pickup" | "delivery"; reservation: "sold_out_online" when the SKU had none online; signup: "prompt" when it came through the sign-up prompt. */
  detail?: string | null;
  occurredAt: Date;
}

type Counters = Partial<Record<CounterColumn, number>>;
type CounterColumn = Exclude<keyof typeof kpiDaily.$inferInsert, "day" | "deviceClass" | "installed" | "source" | "campaign" | "storeSlug">;

/** What one event adds to its day's counters. Pure; the SQL rebuild below says the same. */
export function countersOf(event: Pick<AnalyticsEvent, "type" | "userId" | "quantity" | "detail" | "inStore"> & { priorDevice?: string | null }): Counters {
  switch (event.type) {
    case "session_start":
      return { sessions: 1 };
    case "product_view":
      return { productViews: 1 };
    case "add_to_cart":
      return { addToCart: 1 };
    case "checkout_start":
      return { checkoutStarted: 1 };
    case "order":
      return {
        orders: 1,
        ...(event.detail === "pickup" ? { pickupOrders: 1 } : { deliveryOrders: 1 }),
        ...(event.userId ? { signedInOrders: 1 } : {}),
        ...(event.priorDevice ? { crossDeviceOrders: 1 } : {}),
        ...(event.inStore ? { inStoreOrders: 1 } : {}),
      };
    case "reservation":
      return { reservations: 1, ...(event.detail === "sold_out_online" ? { soldOutReservations: 1 } : {}) };
    case "signup_prompt_shown":
      return { signupPrompts: 1 };
    case "signup_prompt_dismissed":
      return { signupPromptDismissals: 1 };
    case "signup":
      return { signups: 1, ...(event.detail === "prompt" ? { signupPromptSignups: 1 } : {}) };
    case "offline_session":
      return { offlineSessions: 1 };
    case "cart_replay":
      return { offlineCartChanges: event.quantity ?? 1 };
  }
}

/**
 * For an order of a signed-in shopper: the device class the account (or a device attached to
 * it) first viewed a product on before ordering, when that is another class than the order's.
 */
async function priorDeviceOf(db: Db, userId: string, device: string, before: Date): Promise<string | null> {
  const [first] = await db
    .select({ device: analyticsEvents.deviceClass })
    .from(analyticsEvents)
    .where(
      and(
        eq(analyticsEvents.type, "product_view"),
        lt(analyticsEvents.occurredAt, before),
        or(eq(analyticsEvents.userId, userId), inArray(analyticsEvents.visitorId, db.select({ id: visitors.id }).from(visitors).where(eq(visitors.userId, userId)))),
      ),
    )
    .orderBy(asc(analyticsEvents.occurredAt))
    .limit(1);
  return first && first.device !== device ? first.device : null;
}

const dimsKey = (d: { day: string; deviceClass: string; installed: boolean; source: string; campaign: string; storeSlug: string }) =>
  [d.day, d.deviceClass, d.installed ? 1 : 0, d.source, d.campaign, d.storeSlug].join("\u0000");

/** Records events (a replayed one, same visitor and client id, counts once) and adds them to the rollups. */
export async function recordAnalytics(db: Db, events: AnalyticsEvent[]): Promise<number> {
  if (!events.length) return 0;
  const rows: (typeof analyticsEvents.$inferInsert)[] = [];
  for (const event of events) {
    const priorDevice = event.type === "order" && event.userId ? await priorDeviceOf(db, event.userId, event.deviceClass, event.occurredAt) : null;
    rows.push({
      type: event.type,
      visitorId: event.visitorId,
      userId: event.userId ?? null,
      sessionId: event.sessionId ?? null,
      deviceClass: event.deviceClass,
      installed: event.installed,
      source: event.source ?? null,
      campaign: event.campaign ?? null,
      storeSlug: event.storeSlug ?? null,
      offline: event.offline ?? false,
      inStore: event.inStore ?? false,
      quantity: event.quantity ?? 1,
      detail: event.detail ?? null,
      priorDevice,
      occurredAt: event.occurredAt,
      clientEventId: event.clientEventId,
    });
  }
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(analyticsEvents).values(rows).onConflictDoNothing().returning();
    if (!inserted.length) return 0;
    const daily = new Map<string, typeof kpiDaily.$inferInsert>();
    const add = (dims: { day: string; deviceClass: string; installed: boolean; source: string; campaign: string; storeSlug: string }, counters: Counters) => {
      const key = dimsKey(dims);
      const row = daily.get(key) ?? { ...dims };
      for (const [column, value] of Object.entries(counters) as [CounterColumn, number][]) row[column] = (row[column] ?? 0) + value;
      daily.set(key, row);
    };
    const paths = new Map<string, { day: string; fromDevice: string; toDevice: string; orders: number }>();
    for (const event of inserted) {
      const dims = { day: kpiDay(event.occurredAt), deviceClass: event.deviceClass, installed: event.installed, source: event.source ?? "", campaign: event.campaign ?? "", storeSlug: event.storeSlug ?? "" };
      add(dims, countersOf({ ...event, type: event.type as EventType }));
      if (event.type === "order" && event.priorDevice) {
        const key = [dims.day, event.priorDevice, event.deviceClass].join("\u0000");
        const path = paths.get(key) ?? { day: dims.day, fromDevice: event.priorDevice, toDevice: event.deviceClass, orders: 0 };
        path.orders += 1;
        paths.set(key, path);
      }
    }
    // A visitor counts once a day, with the dimensions of its first event that day.
    const firstOfDay = new Map<string, (typeof inserted)[number]>();
    for (const event of [...inserted].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id)) {
      const key = `${kpiDay(event.occurredAt)}\u0000${event.visitorId}`;
      if (!firstOfDay.has(key)) firstOfDay.set(key, event);
    }
    const newVisitorDays = await tx
      .insert(kpiVisitorDays)
      .values([...firstOfDay.values()].map((event) => ({ day: kpiDay(event.occurredAt), visitorId: event.visitorId, deviceClass: event.deviceClass, installed: event.installed })))
      .onConflictDoNothing()
      .returning({ day: kpiVisitorDays.day, visitorId: kpiVisitorDays.visitorId });
    for (const visitorDay of newVisitorDays) {
      const event = firstOfDay.get(`${visitorDay.day}\u0000${visitorDay.visitorId}`)!;
      add({ day: visitorDay.day, deviceClass: event.deviceClass, installed: event.installed, source: event.source ?? "", campaign: event.campaign ?? "", storeSlug: event.storeSlug ?? "" }, { visitors: 1 });
    }
    const increments = [...daily.values()];
    const counterColumns = Object.keys(kpiDaily).filter((key) => !["day", "deviceClass", "installed", "source", "campaign", "storeSlug"].includes(key)) as CounterColumn[];
    await tx
      .insert(kpiDaily)
      .values(increments)
      .onConflictDoUpdate({
        target: [kpiDaily.day, kpiDaily.deviceClass, kpiDaily.installed, kpiDaily.source, kpiDaily.campaign, kpiDaily.storeSlug],
        set: Object.fromEntries(counterColumns.map((column) => [column, sql`${kpiDaily[column]} + excluded.${sql.identifier(kpiDaily[column].name)}`])),
      });
    if (paths.size) {
      await tx
        .insert(kpiCrossDevice)
        .values([...paths.values()])
        .onConflictDoUpdate({ target: [kpiCrossDevice.day, kpiCrossDevice.fromDevice, kpiCrossDevice.toDevice], set: { orders: sql`${kpiCrossDevice.orders} + excluded.orders` } });
    }
    return inserted.length;
  });
}

/** Recomputes every rollup from `analytics_events` (same rules as `countersOf`). */
export async function rebuildRollups(db: Db): Promise<void> {
  const day = sql.raw(`to_char(occurred_at at time zone '${KPI_TIME_ZONE}', 'YYYY-MM-DD')`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate kpi_daily, kpi_cross_device, kpi_visitor_days`);
    await tx.execute(sql`
      insert into kpi_visitor_days (day, visitor_id, device_class, installed)
      select distinct on (${day}, visitor_id) ${day}, visitor_id, device_class, installed
      from analytics_events order by ${day}, visitor_id, occurred_at, id`);
    await tx.execute(sql`
      with firsts as (
        select distinct on (${day}, visitor_id) ${day} as day, device_class, installed, coalesce(source, '') as source, coalesce(campaign, '') as campaign, coalesce(store_slug, '') as store_slug
        from analytics_events order by ${day}, visitor_id, occurred_at, id
      ), counted as (
        select ${day} as day, device_class, installed, coalesce(source, '') as source, coalesce(campaign, '') as campaign, coalesce(store_slug, '') as store_slug,
          0 as visitors,
          count(*) filter (where type = 'session_start') as sessions,
          count(*) filter (where type = 'product_view') as product_views,
          count(*) filter (where type = 'add_to_cart') as add_to_cart,
          count(*) filter (where type = 'checkout_start') as checkout_started,
          count(*) filter (where type = 'order') as orders,
          count(*) filter (where type = 'order' and detail = 'pickup') as pickup_orders,
          count(*) filter (where type = 'order' and detail is distinct from 'pickup') as delivery_orders,
          count(*) filter (where type = 'reservation') as reservations,
          count(*) filter (where type = 'reservation' and detail = 'sold_out_online') as sold_out_reservations,
          count(*) filter (where type = 'signup_prompt_shown') as signup_prompts,
          count(*) filter (where type = 'signup_prompt_dismissed') as signup_prompt_dismissals,
          count(*) filter (where type = 'signup') as signups,
          count(*) filter (where type = 'signup' and detail = 'prompt') as signup_prompt_signups,
          count(*) filter (where type = 'offline_session') as offline_sessions,
          coalesce(sum(quantity) filter (where type = 'cart_replay'), 0) as offline_cart_changes,
          count(*) filter (where type = 'order' and prior_device is not null) as cross_device_orders,
          count(*) filter (where type = 'order' and user_id is not null) as signed_in_orders,
          count(*) filter (where type = 'order' and in_store) as in_store_orders
        from analytics_events group by 1, 2, 3, 4, 5, 6
        union all
        select day, device_class, installed, source, campaign, store_slug, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from firsts
      )
      insert into kpi_daily (day, device_class, installed, source, campaign, store_slug, visitors, sessions, product_views, add_to_cart, checkout_started, orders,
        pickup_orders, delivery_orders, reservations, sold_out_reservations, signup_prompts, signup_prompt_dismissals, signups, signup_prompt_signups, offline_sessions, offline_cart_changes,
        cross_device_orders, signed_in_orders, in_store_orders)
      select day, device_class, installed, source, campaign, store_slug, sum(visitors), sum(sessions), sum(product_views), sum(add_to_cart), sum(checkout_started), sum(orders),
        sum(pickup_orders), sum(delivery_orders), sum(reservations), sum(sold_out_reservations), sum(signup_prompts), sum(signup_prompt_dismissals), sum(signups), sum(signup_prompt_signups),
        sum(offline_sessions), sum(offline_cart_changes),
        sum(cross_device_orders), sum(signed_in_orders), sum(in_store_orders)
      from counted group by 1, 2, 3, 4, 5, 6`);
    await tx.execute(sql`
      insert into kpi_cross_device (day, from_device, to_device, orders)
      select ${day}, prior_device, device_class, count(*) from analytics_events where type = 'order' and prior_device is not null group by 1, 2, 3`);
  });
}

