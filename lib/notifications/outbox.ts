import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { Tx } from "../inventory/transaction";
import { notificationOutbox, shopperMessages } from "../db/schema";

/** The channel the outbox worker is woken on (NOTIFY, delivered at commit). */
export const OUTBOX_CHANNEL = "notification_outbox";
/** Tries before a message is given up (`failed`); the wait doubles each time from RETRY_BASE_MS. */
export const MAX_ATTEMPTS = 6;
export const RETRY_BASE_MS = 30_000;
/** How long a claimed message stays with the instance that claimed it before another may retry it. */
export const CLAIM_LEASE_MS = 120_000;

export interface OutgoingMessage {
  kind: "back_in_stock" | "pickup_ready" | "message";
  topic: string;
  channel: "push" | "email";
  requested: boolean;
  userId: string | null;
  email: string | null;
  title: string;
  body: string;
  url: string;
  mailSubject: string;
  mailText: string;
}

/**
 * Writes a message to the outbox (and, for a signed-in shopper, to their message center) in the
 * caller's transaction, and wakes the senders when it commits. Nothing is sent here.
 */
export async function enqueueMessage(tx: Db | Tx, message: OutgoingMessage): Promise<void> {
  await tx.insert(notificationOutbox).values(message);
  if (message.userId) {
    await tx.insert(shopperMessages).values({ id: randomUUID(), userId: message.userId, kind: message.kind, title: message.title, body: message.body, url: message.url });
  }
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

export type ClaimedMessage = typeof notificationOutbox.$inferSelect;

/**
 * Takes up to `limit` due messages for this instance: the rows are locked with `FOR UPDATE SKIP
 * LOCKED` (another instance claiming at the same moment skips them) and leased until
 * CLAIM_LEASE_MS from now, so each is sent by one instance; a lease that runs out (the instance
 * died mid-send) makes the message due again. Due is read on the database's clock, which
 * stamps the rows (to the microsecond): a message written this millisecond is due now, not at
 * the next poll.
 */
export async function claimMessages(db: Db, limit = 20): Promise<ClaimedMessage[]> {
  const now = sql`now()`;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: notificationOutbox.id })
      .from(notificationOutbox)
      .where(
        and(
          eq(notificationOutbox.status, "pending"),
          lte(notificationOutbox.nextAttemptAt, now),
          or(isNull(notificationOutbox.claimedUntil), lt(notificationOutbox.claimedUntil, now)),
        ),
      )
      .orderBy(asc(notificationOutbox.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(notificationOutbox)
      .set({ claimedUntil: sql`now() + ${sql.raw(String(CLAIM_LEASE_MS))} * interval '1 millisecond'`, attempts: sql`${notificationOutbox.attempts} + 1` })
      .where(
        inArray(
          notificationOutbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
}

export type Outcome = { status: "sent"; via: "push" | "email" } | { status: "skipped"; reason: string } | { status: "retry"; error: string };

/** Records what happened to a claimed message: done, skipped (nobody to reach), or due again later. */
export async function settleMessage(db: Db, message: ClaimedMessage, outcome: Outcome, now = new Date()): Promise<void> {
  const where = eq(notificationOutbox.id, message.id);
  if (outcome.status === "sent") {
    await db.update(notificationOutbox).set({ status: "sent", sentVia: outcome.via, sentAt: now, claimedUntil: null, lastError: null }).where(where);
  } else if (outcome.status === "skipped") {
    await db.update(notificationOutbox).set({ status: "skipped", lastError: outcome.reason, claimedUntil: null }).where(where);
  } else if (message.attempts >= MAX_ATTEMPTS) {
    await db.update(notificationOutbox).set({ status: "failed", lastError: outcome.error.slice(0, 500), claimedUntil: null }).where(where);
  } else {
    const wait = RETRY_BASE_MS * 2 ** (message.attempts - 1);
    await db
      .update(notificationOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + wait), lastError: outcome.error.slice(0, 500), claimedUntil: null })
      .where(where);
  }
}
