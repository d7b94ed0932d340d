import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { pushSubscriptions } from "../db/schema";
import { isAllowedEndpoint } from "./endpoint-hosts";

const base64url = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url");

/**
 * `PushSubscription.toJSON()` as browsers send it: an endpoint on a known push service and its
 * keys (p256dh: an uncompressed P-256 point, 65 bytes; auth: 16 bytes). Anything else is refused.
 */
export const subscriptionSchema = z
  .object({
    endpoint: z
      .string()
      .max(1024)
      .refine((endpoint) => isAllowedEndpoint(endpoint), "must be a subscription of a known push service"),
    expirationTime: z.number().nullable().optional(),
    keys: z
      .object({
        p256dh: base64url.refine((key) => Buffer.from(key, "base64url").length === 65, "must be a 65-byte P-256 public key"),
        auth: base64url.refine((key) => Buffer.from(key, "base64url").length === 16, "must be a 16-byte secret"),
      })
      .strict(),
  })
  .strict();

export const unsubscribeSchema = z.object({ endpoint: z.string().max(1024) }).passthrough();

export type SubscriptionInput = z.infer<typeof subscriptionSchema>;

/** Keeps (or moves to this shopper) a browser's subscription; one row per endpoint. */
export async function saveSubscription(db: Db, userId: string, input: SubscriptionInput): Promise<void> {
  const values = { endpoint: input.endpoint, userId, p256dh: input.keys.p256dh, auth: input.keys.auth };
  await db.insert(pushSubscriptions).values(values).onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
}

/** Forgets this shopper's subscription (a browser turning push off); false when there was none. */
export async function deleteSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
  const deleted = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)))
    .returning({ endpoint: pushSubscriptions.endpoint });
  return deleted.length > 0;
}

export async function listSubscriptions(db: Db, userId: string) {
  return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
}
