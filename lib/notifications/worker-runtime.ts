import { getDatabase } from "../db/client";
import { listen } from "../db/listen";
import { getStockFeed } from "../inventory/runtime";
import { getMailer } from "../mail/mailer";
import { fireDueAlerts } from "./alerts";
import { OUTBOX_CHANNEL } from "./outbox";
import { vapidDetails } from "./vapid";
import { coalesced, drainOutbox } from "./worker";

/** The fallback sweep when no notification arrives (a missed NOTIFY, a retry coming due). */
export const OUTBOX_POLL_MS = Number(process.env.OUTBOX_POLL_MS) || 30_000;

const globalForOutbox = globalThis as unknown as { vitrineOutbox?: Promise<() => Promise<void>> };

/**
 * One per process, started by instrumentation.ts like the cache-tag listener
 * (docs/engagement.md#outbox): every instance listens, and
 * - a stock change that leaves units somewhere fires that SKU's due back-in-stock alerts (the
 *   stock_levels trigger's `stock_changed`, whatever made it: staff, an import, a cancelled or
 *   expired hold, psql);
 * - a NOTIFY on `notification_outbox` (a message committed by any instance) drains the outbox;
 * - every OUTBOX_POLL_MS, all due alerts and messages, in case a notification was missed.
 */
export function startOutboxWorker(): Promise<() => Promise<void>> {
  globalForOutbox.vitrineOutbox ??= start();
  return globalForOutbox.vitrineOutbox;
}

async function start(): Promise<() => Promise<void>> {
  const database = await getDatabase();
  const { db } = database;
  const senders = { vapid: await vapidDetails(db), mailer: getMailer() };
  const logError = (error: unknown) => console.error("[outbox] sending failed", error);
  const drain = coalesced(() => drainOutbox(db, senders), logError);
  const sweep = coalesced(() => fireDueAlerts(db), logError);
  const stopOutbox = await listen(database, OUTBOX_CHANNEL, drain);
  const stopStock = (await getStockFeed()).subscribeAll((event) => {
    if (event.available > 0) void fireDueAlerts(db, event.sku).catch(logError);
  });
  const timer = setInterval(() => {
    sweep();
    drain();
  }, OUTBOX_POLL_MS);
  timer.unref();
  drain();
  return async () => {
    clearInterval(timer);
    stopStock();
    await stopOutbox();
  };
}
