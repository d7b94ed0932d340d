import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { shopperMessages } from "../db/schema";
import type { Topic } from "../preferences/shape";
import { enqueueMessage } from "./outbox";

/** The most recent messages `GET /api/messages` returns (older ones stay in the data export). */
export const MESSAGE_CENTER_SIZE = 50;

export interface ShopperMessage {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  createdAt: string;
  read: boolean;
}

export interface PostedMessage {
  userId: string;
  /** What it is about, for the home page's list: e.g. `challenge`, `offer`. */
  kind: string;
  title: string;
  body: string;
  /** A site path (`/account/loyalty`), opened by the list and by the push notification. */
  url: string;
  /** The preference-center topic: the message also goes out by push or e-mail only where the shopper ticked it and the channel. */
  topic: Topic;
}

/**
 * For other features (loyalty offers, challenges): posts an item to the shopper's message center
 * and hands it to the outbox, which sends it by push or e-mail only where the shopper opted in
 * to both the topic and the channel (docs/engagement.md#message-center).
 */
export async function postMessage(db: Db, message: PostedMessage): Promise<void> {
  if (!message.url.startsWith("/") || message.url.startsWith("//")) throw new Error("a message links to a site path");
  await db.transaction((tx) =>
    enqueueMessage(tx, {
      kind: "message",
      topic: message.topic,
      channel: "push",
      requested: false,
      userId: message.userId,
      email: null,
      title: message.title,
      body: message.body,
      url: message.url,
      mailSubject: message.title,
      mailText: message.body,
    }),
  );
}

export async function listMessages(db: Db, userId: string): Promise<ShopperMessage[]> {
  const rows = await db
    .select()
    .from(shopperMessages)
    .where(eq(shopperMessages.userId, userId))
    .orderBy(desc(shopperMessages.createdAt), desc(shopperMessages.id))
    .limit(MESSAGE_CENTER_SIZE);
  return rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, body: row.body, url: row.url, createdAt: row.createdAt.toISOString(), read: row.readAt !== null }));
}

export const markReadSchema = z.object({ ids: z.array(z.string().uuid()).min(1).max(MESSAGE_CENTER_SIZE) }).strict();

/** Marks these of the shopper's messages read (on every device, as the list comes from here); returns how many changed. */
export async function markMessagesRead(db: Db, userId: string, ids: readonly string[], now = new Date()): Promise<number> {
  const changed = await db
    .update(shopperMessages)
    .set({ readAt: now })
    .where(and(eq(shopperMessages.userId, userId), inArray(shopperMessages.id, [...ids]), isNull(shopperMessages.readAt)))
    .returning({ id: shopperMessages.id });
  return changed.length;
}
