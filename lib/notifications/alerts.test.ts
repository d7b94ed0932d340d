import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { pushSubscriptions, skus, stockAlerts, users } from "../db/schema";
import { insertStockFixture } from "../testing/stock-fixture";
import { createAlert, MAX_OPEN_ALERTS } from "./alerts";
import { subscriptionSchema } from "./subscriptions";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, [
    { sku: "TEE-M", location: "online", quantity: 0 },
    { sku: "TEE-L", location: "online", quantity: 4 },
    { sku: "TEE-M", location: "lyon-bellecour", quantity: 0 },
  ]);
  await database.db.insert(users).values({ id: "ada", name: "Ada", email: "ada@example.org" });
});
afterAll(() => database.close());

const p256dh = Buffer.alloc(65, 4).toString("base64url");
const auth = Buffer.alloc(16, 7).toString("base64url");

describe("back-in-stock alerts: bad input changes nothing", () => {
  it("refuses unknown SKUs and stores, and SKUs in stock there", async () => {
    const db = database.db;
    const base = { channel: "email" as const, userId: null, email: "guest@example.org", locale: "fr" };
    expect(await createAlert(db, { ...base, sku: "NOPE" })).toMatchObject({ ok: false, status: 404, code: "unknown_sku" });
    expect(await createAlert(db, { ...base, sku: "TEE-M", store: "atlantis" })).toMatchObject({ ok: false, status: 404, code: "unknown_store" });
    expect(await createAlert(db, { ...base, sku: "TEE-L" })).toMatchObject({ ok: false, status: 409, code: "in_stock" });
    expect(await db.select().from(stockAlerts)).toEqual([]);
  });

  it("asking twice answers the open alert; online and a store are two alerts", async () => {
    const db = database.db;
    const first = await createAlert(db, { sku: "TEE-M", channel: "push", userId: "ada", email: null, locale: "fr" });
    const again = await createAlert(db, { sku: "TEE-M", channel: "push", userId: "ada", email: null, locale: "fr" });
    const store = await createAlert(db, { sku: "TEE-M", store: "lyon-bellecour", channel: "push", userId: "ada", email: null, locale: "fr" });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toEqual({ ok: true, created: false, id: first.ok ? first.id : "" });
    expect(store).toMatchObject({ ok: true, created: true });
    expect(await db.select().from(stockAlerts)).toHaveLength(2);
  });

  it(`caps open alerts per e-mail at ${MAX_OPEN_ALERTS}`, async () => {
    const db = database.db;
    const codes = Array.from({ length: MAX_OPEN_ALERTS }, (_, i) => `CAP-${i}`);
    await db.insert(skus).values(codes.map((sku, position) => ({ sku, productSlug: "tee", label: sku, priceCents: 1990, position: position + 2 })));
    await db.insert(stockAlerts).values(codes.map((sku) => ({ id: sku, sku, location: "online", channel: "email" as const, email: "cap@example.org", locale: "fr" })));
    const before = (await db.select().from(stockAlerts)).length;
    expect(await createAlert(db, { sku: "TEE-M", channel: "email", userId: null, email: "CAP@example.org", locale: "fr" })).toMatchObject({ ok: false, status: 429, code: "too_many_alerts" });
    expect((await db.select().from(stockAlerts)).length).toBe(before);
  });
});

describe("push subscriptions: the body a browser sends, nothing else", () => {
  it("accepts a known push service's subscription", () => {
    expect(subscriptionSchema.safeParse({ endpoint: "https://fcm.googleapis.com/fcm/send/abc", expirationTime: null, keys: { p256dh, auth } }).success).toBe(true);
  });

  it("refuses foreign hosts, malformed keys and extra fields", () => {
    const bad = [
      { endpoint: "https://evil.example/push", keys: { p256dh, auth } },
      { endpoint: "http://fcm.googleapis.com/fcm/send/abc", keys: { p256dh, auth } },
      { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh: "short", auth } },
      { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh, auth: "not base64!" } },
      { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh } },
      { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh, auth }, userId: "someone-else" },
      { endpoint: `https://fcm.googleapis.com/${"x".repeat(1100)}`, keys: { p256dh, auth } },
      "https://fcm.googleapis.com/x",
    ];
    for (const body of bad) expect(subscriptionSchema.safeParse(body).success, JSON.stringify(body).slice(0, 80)).toBe(false);
  });

  it("is never stored when refused", async () => {
    expect(await database.db.select().from(pushSubscriptions)).toEqual([]);
  });
});
