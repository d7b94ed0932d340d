import { and, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { products, productViews } from "../db/schema";
import { cleanSource } from "../visitor/cookie";
import { deviceClass, type DeviceHints } from "../visitor/device";
import { upsertVisitor } from "./attach";

/** Views older than this when they finally arrive (a phone offline for months) are dropped. */
export const MAX_VIEW_AGE_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_EVENTS_PER_BATCH = 50;

const viewEventSchema = z
  .object({
    /** The client's id for the event, so a batch sent twice (offline replay) counts once. */
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8-64 letters, digits, '-' or '_'"),
    type: z.literal("product_view"),
    product: z.string().min(1).max(200),
    sku: z.string().min(1).max(64).nullish(),
    viewedAt: z.iso.datetime({ offset: true }),
    /** Whether the page ran as the installed app (display-mode: standalone). */
    installed: z.boolean(),
    /** utm_source the browser session came from, when the client knew it. */
    source: z.string().max(100).nullish(),
  })
  .strict();

/** The other analytics events pages send (docs/back-office.md); orders, reservations and sign-ups are recorded by the server. */
export const trackedEventSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8-64 letters, digits, '-' or '_'"),
    type: z.enum(["session_start", "add_to_cart", "checkout_start", "signup_prompt_shown", "signup_prompt_dismissed", "offline_session", "cart_replay"]),
    at: z.iso.datetime({ offset: true }),
    installed: z.boolean(),
    /** Made while offline (queued, sent later). */
    offline: z.boolean().optional(),
    /** The browser session it belongs to, when sent later than that session. */
    session: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
    /** cart_replay: how many cart changes made offline were replayed. */
    quantity: z.number().int().min(1).max(500).optional(),
  })
  .strict();

export const eventsBatchSchema = z.object({ events: z.array(z.union([viewEventSchema, trackedEventSchema])).min(1).max(MAX_EVENTS_PER_BATCH) }).strict();
export type ViewEvent = z.infer<typeof viewEventSchema>;
export type TrackedEvent = z.infer<typeof trackedEventSchema>;

export interface EventContext extends DeviceHints {
  visitorId: string;
  userId: string | null;
  /** From the session cookie set by proxy.ts, for events that did not carry one. */
  sessionSource: string | null;
  now: number;
}

/**
 * Records a batch of product views for one device: the device class comes from the request
 * (User-Agent, client hints), the time from the client clamped to the receiving time. Views of
 * products that no longer exist, or too old, are skipped; replayed events are recorded once.
 */
export async function recordViews(db: Db, context: EventContext, events: ViewEvent[]): Promise<{ recorded: number; skipped: number }> {
  const cutoff = context.now - MAX_VIEW_AGE_MS;
  const fresh = events.filter((event) => Date.parse(event.viewedAt) >= cutoff);
  if (!fresh.length) return { recorded: 0, skipped: events.length };
  const slugs = [...new Set(fresh.map((event) => event.product))];
  const existing = new Set(
    (await db.select({ slug: products.slug }).from(products).where(and(inArray(products.slug, slugs), isNull(products.deletedAt)))).map((row) => row.slug),
  );
  const kept = fresh.filter((event) => existing.has(event.product));
  await upsertVisitor(db, context.visitorId, context, context.userId);
  const device = deviceClass(context);
  const inserted = kept.length
    ? await db
        .insert(productViews)
        .values(
          kept.map((event) => ({
            visitorId: context.visitorId,
            userId: context.userId,
            productSlug: event.product,
            sku: event.sku ?? null,
            deviceClass: device,
            installed: event.installed,
            source: cleanSource(event.source) ?? context.sessionSource,
            viewedAt: new Date(Math.min(Date.parse(event.viewedAt), context.now)),
            clientEventId: event.id,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: productViews.id })
    : [];
  return { recorded: inserted.length, skipped: events.length - inserted.length };
}
