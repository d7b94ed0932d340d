import { eq } from "drizzle-orm";
import webpush from "web-push";
import type { Db } from "../db/client";
import { pushSubscriptions, users } from "../db/schema";
import { siteUrl } from "../http/site-url";
import type { Mailer } from "../mail/mailer";
import { getPreferences } from "../preferences/preferences";
import type { Preferences } from "../preferences/shape";
import type { ClaimedMessage, Outcome } from "./outbox";
import { encodePushPayload } from "./payload";
import { listSubscriptions } from "./subscriptions";
import type { VapidDetails } from "./vapid";

export interface Senders {
  vapid: VapidDetails;
  mailer: Mailer;
  /** Defaults to the global fetch; tests may count calls. */
  fetch?: typeof fetch;
}

/** How long a push message waits at the push service for an offline device (seconds). */
const PUSH_TTL_SECONDS = 24 * 3600;
const PUSH_TIMEOUT_MS = 10_000;

function optedIn(preferences: Preferences | null, channel: "push" | "email", topic: string): boolean {
  if (!preferences) return false;
  return preferences.channels[channel] && (preferences.topics as Record<string, boolean>)[topic] === true;
}

/**
 * Sends one claimed message (docs/engagement.md#outbox):
 * - by push to each of the shopper's subscriptions when allowed: a message the shopper asked for
 *   (an alert made with push, a pickup with "order and pickup updates" on) needs only a
 *   subscription, granted after a gesture that said why; any other needs the push channel and
 *   the topic ticked in the preference center. 404/410 from the push service deletes the
 *   subscription.
 * - else (no subscription, or no push accepted) by e-mail: always for a message the shopper
 *   asked for, else only with the e-mail channel and the topic ticked.
 * A failure that may pass (push service 5xx, SMTP down) is retried later by the outbox.
 */
export async function deliverMessage(db: Db, message: ClaimedMessage, senders: Senders): Promise<Outcome> {
  const preferences = message.userId ? await getPreferences(db, message.userId) : null;
  const topicOn = (preferences?.topics as Record<string, boolean> | undefined)?.[message.topic] ?? false;
  const pushAllowed = message.userId !== null && message.channel === "push" && (message.requested ? message.kind === "back_in_stock" || topicOn : optedIn(preferences, "push", message.topic));
  const errors: string[] = [];
  if (pushAllowed) {
    const payload = encodePushPayload({ title: message.title, body: message.body, url: message.url, tag: `${message.kind}:${message.id}` });
    let delivered = false;
    for (const subscription of await listSubscriptions(db, message.userId!)) {
      const status = await sendPush(subscription, payload, senders).catch((error: unknown) => {
        errors.push(`push: ${(error as Error).message}`);
        return 0;
      });
      if (status >= 200 && status < 300) delivered = true;
      else if (status === 404 || status === 410) await db.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, subscription.endpoint));
      else if (status !== 0) errors.push(`push: the push service answered ${status}`);
    }
    if (delivered) return { status: "sent", via: "push" };
  }
  const mailAllowed = message.requested || optedIn(preferences, "email", message.topic);
  const address = message.email ?? (message.userId ? (await db.select({ email: users.email }).from(users).where(eq(users.id, message.userId)))[0]?.email : undefined);
  if (mailAllowed && address) {
    try {
      const link = `${siteUrl()}${message.url}`;
      await senders.mailer.send({ to: address, subject: message.mailSubject, text: message.kind === "message" ? `${message.mailText}\n\n${link}` : message.mailText });
      return { status: "sent", via: "email" };
    } catch (error) {
      errors.push(`mail: ${(error as Error).message}`);
    }
  }
  if (errors.length > 0) return { status: "retry", error: errors.join("; ") };
  return { status: "skipped", reason: message.userId ? "the shopper's preferences allow no channel for it" : "no address" };
}

/**
 * One encrypted push (RFC 8291) to one subscription. web-push builds the request (VAPID JWT,
 * aes128gcm body); it is sent with fetch because web-push's own sender only speaks HTTPS and the
 * tests' local push service is plain HTTP (docs/engagement.md#web-push). Returns the HTTP status.
 */
async function sendPush(subscription: { endpoint: string; p256dh: string; auth: string }, payload: string, senders: Senders): Promise<number> {
  const details = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, payload, {
    vapidDetails: senders.vapid,
    TTL: PUSH_TTL_SECONDS,
    contentEncoding: "aes128gcm",
  });
  const response = await (senders.fetch ?? fetch)(details.endpoint, {
    method: details.method,
    headers: details.headers as Record<string, string>,
    body: new Uint8Array(details.body as Buffer),
    signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    redirect: "error",
  });
  await response.body?.cancel();
  return response.status;
}
