import { eq } from "drizzle-orm";
import webpush from "web-push";
import type { Db } from "../db/client";
import { appSecrets } from "../db/schema";

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

const KEY_NAME = "vapid_keys";

/**
 * The server's VAPID identity (docs/engagement.md#web-push). `VAPID_PUBLIC_KEY` and
 * `VAPID_PRIVATE_KEY` win; without them the first instance to start generates a pair and keeps it
 * in the database (like the auth secret, lib/auth/secret.ts), so every instance signs alike and
 * subscriptions survive restarts. The subject must be a `mailto:` or `https:` URL.
 */
export async function vapidDetails(db: Db, env: Record<string, string | undefined> = process.env): Promise<VapidDetails> {
  const subject = env.VAPID_SUBJECT || `mailto:${env.MAIL_FROM?.match(/<([^>]+)>/)?.[1] ?? "no-reply@vitrine.localhost"}`;
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) return { subject, publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
  const generated = webpush.generateVAPIDKeys();
  // Two instances starting at once: the first insert wins and both read it back.
  await db.insert(appSecrets).values({ name: KEY_NAME, value: JSON.stringify(generated) }).onConflictDoNothing();
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, KEY_NAME));
  if (!row) throw new Error("VAPID keys could not be stored");
  const kept = JSON.parse(row.value) as { publicKey: string; privateKey: string };
  return { subject, publicKey: kept.publicKey, privateKey: kept.privateKey };
}
