import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rebuildRollups } from "./record";

export interface TrafficOptions {
  /** Browser sessions to generate (about 4.8 events each). */
  sessions: number;
  days: number;
  /** Last day (YYYY-MM-DD, in the retailer's time zone). */
  endDay: string;
  /** Store slugs pickups and reservations are spread over. */
  stores: string[];
  /** The campaign slug newsletter sessions belong to, if any. */
  newsletterCampaign?: string | null;
}

/**
 * Generated, clearly labelled traffic (docs/back-office.md): every visitor, account and event id
 * starts with `demo-`, and the dashboard says so when it sees them. Deterministic (hashes of the
 * session number, no randomness) and done in SQL with generate_series, so the demo's 60 days
 * take a moment and the benchmark's 10 million events a few minutes. Rollups are rebuilt after.
 * Shape: 58 % phones (18 % of them the installed app), 12 % tablets, 30 % desktops; sources
 * direct, google, newsletter, instagram, facebook; 32 % add to cart, 16 % checkout, 9.5 % order
 * (35 % pickup), 5 % reserve in store; 6 % of sessions go offline.
 */
export async function generateTraffic(db: Db, options: TrafficOptions): Promise<void> {
  await generateTrafficEvents(db, { ...options, firstSession: 0, totalSessions: options.sessions });
  await rebuildRollups(db);
}

/**
 * Sessions `firstSession … firstSession + sessions - 1` of a traffic of `totalSessions`, events
 * only (no rollups): the benchmark inserts 10 million events in slices with it.
 */
export async function generateTrafficEvents(db: Db, options: TrafficOptions & { firstSession: number; totalSessions: number }): Promise<void> {
  if (options.sessions < 1 || options.stores.length === 0) return;
  const stores = `{${options.stores.map((slug) => `"${slug.replace(/[^a-z0-9-]/g, "")}"`).join(",")}}`;
  await db.execute(sql`
    with s as (
      select i,
        (${options.endDay}::date - (i % ${options.days})) as d,
        abs(hashtext(i || ':dev')) % 100 as r_dev,
        abs(hashtext(i || ':src')) % 100 as r_src,
        abs(hashtext(i || ':f')) % 1000 as funnel,
        abs(hashtext(i || ':x')) % 1000 as extra,
        abs(hashtext(i || ':t')) % 82000 as secs
      from generate_series(${options.firstSession}::int, ${options.firstSession + options.sessions - 1}::int) as i
    ), a as (
      select i, funnel, extra,
        case when r_dev < 58 then 'mobile' when r_dev < 70 then 'tablet' else 'desktop' end as device,
        (r_dev < 58 and abs(hashtext(i || ':app')) % 100 < 18) as installed,
        case when r_src < 40 then null when r_src < 65 then 'google' when r_src < 80 then 'newsletter' when r_src < 92 then 'instagram' else 'facebook' end as source,
        'demo-v' || (abs(hashtext(i || ':vis')) % (${options.totalSessions} * 2 / 3 + 1)) as visitor,
        case when abs(hashtext(i || ':usr')) % 100 < 30 then 'demo-u' || (abs(hashtext(i || ':uid')) % (${options.totalSessions} / 8 + 1)) end as user_id,
        'demo-s' || i as session,
        (d + make_interval(secs => secs))::timestamp at time zone 'Europe/Paris' as t0,
        1 + abs(hashtext(i || ':views')) % 5 as views,
        (${stores}::text[])[1 + abs(hashtext(i || ':st')) % ${options.stores.length}] as store
      from s
    ), e as (
      select a.*, ev.type, ev.k, ev.minutes from a
      cross join lateral (
        select 'session_start' as type, 0 as k, 0 as minutes
        union all select 'product_view', v, v from generate_series(1, a.views) as v
        union all select 'add_to_cart', 0, 6 where a.funnel < 320
        union all select 'checkout_start', 0, 8 where a.funnel < 160
        union all select 'order', 0, 10 where a.funnel < 95
        union all select 'reservation', 0, 7 where (a.extra / 10) % 100 < 5
        union all select 'offline_session', 0, 3 where (a.extra / 7) % 100 < 6
        union all select 'cart_replay', 0, 9 where (a.extra / 7) % 100 < 6 and a.funnel < 320
        union all select 'signup_prompt_shown', 0, 5 where (a.extra / 3) % 100 < 22 and a.user_id is null
        union all select 'signup_prompt_dismissed', 0, 6 where (a.extra / 3) % 100 < 22 and a.user_id is null and (a.extra / 11) % 100 >= 60
        union all select 'signup', 0, 6 where (a.extra / 3) % 100 < 22 and a.user_id is null and (a.extra / 11) % 100 < 12
      ) as ev
    )
    insert into analytics_events (type, visitor_id, user_id, session_id, device_class, installed, source, campaign, store_slug, offline, quantity, detail, prior_device, occurred_at, client_event_id)
    select type, visitor, user_id, session, device, installed, source,
      case when source = 'newsletter' then ${options.newsletterCampaign ?? null}::text end,
      case when type = 'reservation' or (type = 'order' and extra % 100 < 35) then store end,
      type in ('offline_session', 'cart_replay'),
      case when type = 'cart_replay' then 1 + extra % 3 else 1 end,
      case when type = 'order' then (case when extra % 100 < 35 then 'pickup' else 'delivery' end)
           when type = 'reservation' and extra % 2 = 0 then 'sold_out_online'
           when type = 'signup' then 'prompt' end,
      case when type = 'order' and user_id is not null and device = 'desktop' and extra % 100 < 45 then 'mobile'
           when type = 'order' and user_id is not null and device = 'mobile' and extra % 100 < 10 then 'desktop' end,
      t0 + make_interval(mins => minutes),
      'demo-' || i || '-' || type || '-' || k
    from e`);
}
