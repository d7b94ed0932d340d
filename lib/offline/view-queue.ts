import { openVitrineDb } from "./db";
import { oneAtATime } from "./one-at-a-time";
import { singleFlight } from "./single-flight";

/**
 * Events waiting to reach `POST /api/events` (docs/accounts.md, docs/back-office.md): a product
 * view or a page event made offline, or whose request failed, is kept in IndexedDB ("views"
 * store) and sent with the next batch. Relative imports only: the service worker bundle may import it too.
 */
export interface ViewEventPayload {
  id: string;
  type: "product_view";
  product: string;
  sku?: string | null;
  viewedAt: string;
  installed: boolean;
  source?: string | null;
}

/** The other page events (lib/analytics/track.ts). */
export interface TrackedEventPayload {
  id: string;
  type: "session_start" | "add_to_cart" | "checkout_start" | "signup_prompt_shown" | "signup_prompt_dismissed" | "offline_session" | "cart_replay";
  at: string;
  installed: boolean;
  offline?: boolean;
  session?: string;
  quantity?: number;
}

export type EventPayload = ViewEventPayload | TrackedEventPayload;
const TRACKED_TYPES = new Set<string>(["session_start", "add_to_cart", "checkout_start", "signup_prompt_shown", "signup_prompt_dismissed", "offline_session", "cart_replay"]);

const BATCH = 50;
/** A queue left growing for months on a phone that never comes online is capped. */
const MAX_QUEUED = 500;

export async function enqueueView(event: EventPayload): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  try {
    const tx = opened.db.transaction("views", "readwrite");
    // The store's own auto-increment key is "id": the event's id travels as eventId.
    const { id: eventId, ...rest } = event;
    await tx.store.add({ ...rest, eventId });
    const count = await tx.store.count();
    if (count > MAX_QUEUED) {
      let cursor = await tx.store.openCursor();
      for (let extra = count - MAX_QUEUED; cursor && extra > 0; extra--) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  } catch {
    // Storage refused (quota, private mode): a lost view only makes the history shorter.
  }
}

async function post(events: EventPayload[]): Promise<"sent" | "rejected" | "retry"> {
  try {
    const response = await fetch("/api/events", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      keepalive: true,
      body: JSON.stringify({ events }),
    });
    // Read though unused: until its body is read the page's loader counts the request as still
    // loading (DevTools shows it pending, and Lighthouse waits 45 s for the network to settle).
    // The status already says what happened, so a body cut short changes nothing.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return "sent";
    // The server refuses the batch as such (4xx): sending it again would not help.
    return response.status >= 400 && response.status < 500 && response.status !== 429 ? "rejected" : "retry";
  } catch {
    return "retry";
  }
}

/**
 * One request at a time: pages set no cookie (they are cached), so a browser's first request to
 * /api/events is the one that gets its visitor cookie. Two first requests in flight together
 * (the session's start and a product view) would each be given a visitor and the browser would
 * keep one, the other's view missing from its history. Events sent meanwhile go in the next
 * request; a page going away sends them at once rather than lose them.
 */
const sender = oneAtATime(post, BATCH);
if (typeof document !== "undefined") addEventListener("pagehide", sender.sendWaitingNow);

/** Sends one event now (after the request in flight, if any); queues it when that fails. */
export async function recordView(event: EventPayload): Promise<void> {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return enqueueView(event);
  const [outcome] = await sender.push([event]);
  if (outcome === "retry") await enqueueView(event);
}

/** Sends the queued views in batches, oldest first; stops at the first failure. One flush at a time. */
export const flushViewQueue = singleFlight(flush);

async function flush(): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  for (;;) {
    let keys: number[];
    let events: EventPayload[];
    try {
      const stored = await opened.db.getAll("views", null, BATCH);
      keys = stored.flatMap((value) => (value.id === undefined ? [] : [value.id]));
      // Entries that are not events (written by an older build) are dropped with the batch.
      events = stored.flatMap((value): EventPayload[] => {
        const { eventId, product, sku, viewedAt, installed, source, type, at, offline, session, quantity } = value as Partial<Record<string, unknown>>;
        if (typeof eventId === "string" && typeof type === "string" && TRACKED_TYPES.has(type) && typeof at === "string") {
          return [{ id: eventId, type: type as TrackedEventPayload["type"], at, installed: installed === true, offline: offline === true, ...(typeof session === "string" ? { session } : {}), ...(typeof quantity === "number" ? { quantity } : {}) }];
        }
        if (typeof eventId !== "string" || typeof product !== "string" || typeof viewedAt !== "string") return [];
        return [{ id: eventId, type: "product_view" as const, product, sku: sku as string | null, viewedAt, installed: installed === true, source: source as string | null }];
      });
    } catch {
      return;
    }
    if (!keys.length) return;
    if (events.length && (await sender.push(events)).includes("retry")) return;
    try {
      const tx = opened.db.transaction("views", "readwrite");
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    } catch {
      return;
    }
  }
}
