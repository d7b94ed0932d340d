import { and, desc, eq, gte, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { shopFeedback } from "../db/schema";
import { TEXT_LIMITS } from "../db/text-limits";

/**
 * "Vous aimez Vitrine ?" after a moment that went well (docs/engagement.md#satisfaction-question):
 * the answers, the "no" ones with what went wrong, read by staff in /admin/feedback.
 */

/** Asked at most once in this many days: per device (localStorage) and per account (here). */
export const ASK_AGAIN_AFTER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export const FEEDBACK_MOMENTS = ["order", "pickup"] as const;

export const feedbackSchema = z
  .object({
    liked: z.boolean(),
    moment: z.enum(FEEDBACK_MOMENTS),
    message: z.string().trim().max(TEXT_LIMITS.feedbackMessage).optional(),
  })
  .strict();
export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** Whether the account answered within the last 90 days (then it is not asked again). */
export async function answeredRecently(db: Db, userId: string, now: Date = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: shopFeedback.id })
    .from(shopFeedback)
    .where(and(eq(shopFeedback.userId, userId), gte(shopFeedback.createdAt, new Date(now.getTime() - ASK_AGAIN_AFTER_DAYS * DAY_MS))))
    .limit(1);
  return row !== undefined;
}

/**
 * Keeps one answer. A signed-in shopper who already answered within 90 days is refused
 * ("already_answered"), so one account cannot fill the page from several devices. A "yes"
 * carries no text: only a "no" asks what went wrong.
 */
export async function recordFeedback(
  db: Db,
  input: FeedbackInput & { userId: string | null; locale: string },
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "already_answered" }> {
  if (input.userId && (await answeredRecently(db, input.userId, now))) return { ok: false, reason: "already_answered" };
  await db.insert(shopFeedback).values({
    userId: input.userId,
    liked: input.liked,
    moment: input.moment,
    message: !input.liked && input.message?.trim() ? input.message.trim() : null,
    locale: input.locale,
    createdAt: now,
  });
  return { ok: true };
}

export interface FeedbackEntry {
  id: number;
  liked: boolean;
  moment: (typeof FEEDBACK_MOMENTS)[number];
  message: string | null;
  locale: string;
  createdAt: Date;
}

/** The answers of the last 90 days, newest first (at most `limit`), and their yes/no counts. */
export async function listFeedback(db: Db, { now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<{ entries: FeedbackEntry[]; yes: number; no: number }> {
  const since = new Date(now.getTime() - ASK_AGAIN_AFTER_DAYS * DAY_MS);
  const [entries, [counts]] = await Promise.all([
    db
      .select({ id: shopFeedback.id, liked: shopFeedback.liked, moment: shopFeedback.moment, message: shopFeedback.message, locale: shopFeedback.locale, createdAt: shopFeedback.createdAt })
      .from(shopFeedback)
      .where(gte(shopFeedback.createdAt, since))
      .orderBy(desc(shopFeedback.createdAt), desc(shopFeedback.id))
      .limit(limit),
    db
      .select({ yes: sql<number>`count(*) filter (where ${shopFeedback.liked})`, no: sql<number>`count(*) filter (where not ${shopFeedback.liked})` })
      .from(shopFeedback)
      .where(gte(shopFeedback.createdAt, since)),
  ]);
  return {
    entries: entries.map((entry) => ({ ...entry, moment: entry.moment as FeedbackEntry["moment"] })),
    yes: Number(counts?.yes ?? 0),
    no: Number(counts?.no ?? 0),
  };
}
