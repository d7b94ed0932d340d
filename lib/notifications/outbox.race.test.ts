import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { notificationOutbox, pushSubscriptions, shopperMessages, users } from "../db/schema";
import { setStock } from "../inventory/stock";
import { createMailer } from "../mail/mailer";
import { savePreferences } from "../preferences/preferences";
import { defaultPreferences } from "../preferences/shape";
import { describeOnEachDatabase } from "../testing/each-database";
import { startPushService, type PushService } from "../testing/push-service";
import { insertStockFixture } from "../testing/stock-fixture";
import { createAlert, fireDueAlerts } from "./alerts";
import { postMessage } from "./message-center";
import { RETRY_BASE_MS } from "./outbox";
import { saveSubscription, subscriptionSchema } from "./subscriptions";
import { vapidDetails, type VapidDetails } from "./vapid";
import { drainOutbox } from "./worker";

/**
 * The outbox end to end against a real local push service (web-push-testing) and real mail
 * files: alerts fire once when stock returns, and two workers draining at once (two instances)
 * send each message once. On PostgreSQL the two drains' transactions really overlap.
 */
let push: PushService;
let mailDir: string;
let vapid: VapidDetails;

beforeAll(async () => {
  push = await startPushService();
  process.env.PUSH_ENDPOINT_HOSTS = push.origin;
  mailDir = await mkdtemp(path.join(os.tmpdir(), "vitrine-outbox-"));
}, 30_000);
afterAll(async () => {
  await push?.stop();
  delete process.env.PUSH_ENDPOINT_HOSTS;
});

const mails = async () => (await readdir(mailDir).catch(() => [])).length;

describeOnEachDatabase(
  "notification outbox",
  async (database) => {
    await insertStockFixture(database.db, [
      { sku: "TEE-M", location: "online", quantity: 0 },
      { sku: "TEE-M", location: "lyon-bellecour", quantity: 0 },
      { sku: "TEE-L", location: "online", quantity: 0 },
    ]);
    vapid = await vapidDetails(database.db, {});
  },
  (current) => {
    const senders = () => ({ vapid, mailer: createMailer({ MAIL_DIR: mailDir }) });
    async function shopper(id: string, withPush: boolean) {
      const { db } = current();
      await db.insert(users).values({ id, name: id, email: `${id}@example.org` });
      if (!withPush) return { id, clientHash: "" };
      const { subscription, clientHash } = await push.subscribe(vapid.publicKey);
      await saveSubscription(db, id, subscriptionSchema.parse(subscription));
      return { id, clientHash };
    }

    it("a restock fires each alert once, and two workers at once send each message once, by push", async () => {
      const { db } = current();
      const shoppers = await Promise.all(Array.from({ length: 8 }, (_, i) => shopper(`race-${i}`, true)));
      for (const { id } of shoppers) expect(await createAlert(db, { sku: "TEE-M", channel: "push", userId: id, email: null, locale: "fr" })).toMatchObject({ ok: true, created: true });
      await setStock(db, "TEE-M", "online", 3);
      const fired = await Promise.all([fireDueAlerts(db, "TEE-M"), fireDueAlerts(db, "TEE-M"), fireDueAlerts(db)]);
      expect(fired.reduce((a, b) => a + b, 0)).toBe(8);
      const handled = await Promise.all([drainOutbox(db, senders(), 3), drainOutbox(db, senders(), 3)]);
      expect(handled[0] + handled[1]).toBe(8);
      for (const { clientHash } of shoppers) {
        const received = await push.notifications(clientHash);
        expect(received).toHaveLength(1);
        expect(JSON.parse(received[0]!)).toMatchObject({ title: "De retour : Tee-shirt", url: "/products/tee?sku=TEE-M" });
      }
      const rows = await db.select().from(notificationOutbox).where(eq(notificationOutbox.kind, "back_in_stock"));
      expect(rows.map((row) => [row.status, row.sentVia, row.attempts])).toEqual(Array.from({ length: 8 }, () => ["sent", "push", 1]));
      // Each shopper's message center got the alert that fired.
      expect(await db.select().from(shopperMessages).where(eq(shopperMessages.userId, "race-0"))).toHaveLength(1);
      // Closed: more stock later sends nothing again.
      await setStock(db, "TEE-M", "online", 9);
      expect(await fireDueAlerts(db)).toBe(0);
    });

    it("a store alert waits for that store; 410 deletes the subscription and the message goes by e-mail", async () => {
      const { db } = current();
      const { id, clientHash } = await shopper("gone", true);
      const alert = await createAlert(db, { sku: "TEE-M", store: "lyon-bellecour", channel: "push", userId: id, email: null, locale: "en" });
      expect(alert.ok).toBe(true);
      await setStock(db, "TEE-M", "lyon-part-dieu", 4);
      expect(await fireDueAlerts(db)).toBe(0);
      await push.expire(clientHash);
      await setStock(db, "TEE-M", "lyon-bellecour", 1);
      expect(await fireDueAlerts(db)).toBe(1);
      const before = await mails();
      expect(await drainOutbox(db, senders())).toBe(1);
      expect(await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, id))).toEqual([]);
      expect(await mails()).toBe(before + 1);
      const [row] = await db.select().from(notificationOutbox).where(eq(notificationOutbox.userId, id));
      expect(row).toMatchObject({ status: "sent", sentVia: "email", url: "/en/products/tee/stores?sku=TEE-M", title: "Back in stock: Tee-shirt" });
    });

    it("a mail that cannot go is retried later, with a growing wait", async () => {
      const { db } = current();
      await createAlert(db, { sku: "TEE-L", channel: "email", userId: null, email: "guest@example.org", locale: "fr" });
      await setStock(db, "TEE-L", "online", 2);
      await fireDueAlerts(db, "TEE-L");
      // An SMTP server nobody listens on (port 9 is discard, closed here).
      const down = { vapid, mailer: createMailer({ SMTP_URL: "smtp://127.0.0.1:9" }) };
      const started = Date.now();
      expect(await drainOutbox(db, down)).toBe(1);
      const [row] = await db.select().from(notificationOutbox).where(eq(notificationOutbox.email, "guest@example.org"));
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started + RETRY_BASE_MS - 1000);
      expect(await drainOutbox(db, senders())).toBe(0);
      await db.update(notificationOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(notificationOutbox.id, row!.id));
      const before = await mails();
      expect(await drainOutbox(db, senders())).toBe(1);
      expect(await mails()).toBe(before + 1);
    });

    it("posted messages land in the message center and go out only where the shopper opted in", async () => {
      const { db } = current();
      const { id, clientHash } = await shopper("prefs", true);
      const message = { userId: id, kind: "offer", title: "−10 % ce week-end", body: "Sur les pulls.", url: "/categories/tops", topic: "promotions" as const };
      await postMessage(db, message);
      expect(await drainOutbox(db, senders())).toBe(1);
      expect(await push.notifications(clientHash)).toHaveLength(0);
      const optedIn = { ...defaultPreferences(), channels: { email: false, sms: false, push: true }, topics: { ...defaultPreferences().topics, promotions: true } };
      await savePreferences(db, id, optedIn, { source: "api", locale: "fr", textShown: () => "test" });
      await postMessage(db, message);
      expect(await drainOutbox(db, senders())).toBe(1);
      expect(await push.notifications(clientHash)).toHaveLength(1);
      const statuses = (await db.select().from(notificationOutbox).where(eq(notificationOutbox.userId, id))).map((row) => row.status).sort();
      expect(statuses).toEqual(["sent", "skipped"]);
      expect(await db.select().from(shopperMessages).where(eq(shopperMessages.userId, id))).toHaveLength(2);
    });
  },
);
