import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { accountCartLines, consentRecords, orders, productViews, sessions, users, visitors, wishlistItems } from "../db/schema";
import { placeOrder } from "../orders/place-order";
import { insertStockFixture } from "../testing/stock-fixture";
import { ANONYMISED_EMAIL, deleteAccount, exportPersonalData } from "./personal-data";
import { savePreferences } from "./preferences";
import { defaultPreferences } from "./shape";

let database: Database;
let orderId: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, [{ sku: "TEE-M", location: "online", quantity: 5 }]);
  const db = database.db;
  await db.insert(users).values([
    { id: "ada", name: "Ada", email: "ada@example.org" },
    { id: "bob", name: "Bob", email: "bob@example.org" },
  ]);
  await db.insert(sessions).values({ id: "s1", token: "secret-token", userId: "ada", expiresAt: new Date(Date.now() + 86_400_000) });
  await db.insert(visitors).values({ id: "v1", userId: "ada", deviceClass: "mobile", deviceLabel: "Chrome · Android" });
  const product = (await db.query.skus.findFirst({ where: (s, { eq: is }) => is(s.sku, "TEE-M") }))!.productSlug;
  await db.insert(productViews).values({ visitorId: "v1", userId: "ada", productSlug: product, deviceClass: "mobile", viewedAt: new Date(), clientEventId: "e1" });
  await db.insert(accountCartLines).values({ userId: "ada", sku: "TEE-M", quantity: 1, updatedAt: new Date() });
  await db.insert(wishlistItems).values({ userId: "ada", productSlug: product });
  await savePreferences(db, "ada", { ...defaultPreferences(), channels: { email: true, sms: false, push: false } }, { source: "api", locale: "fr", textShown: () => "E-mail" });
  const outcome = await placeOrder(
    db,
    { email: "ada@example.org", lines: [{ sku: "TEE-M", quantity: 1 }], acceptTerms: true, fulfilment: { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Ada L.", line1: "3 rue de la République", postcode: "69002", city: "Lyon" } } },
    { idempotencyKey: "k1", userId: "ada" },
  );
  if (outcome.kind !== "answer") throw new Error("order not placed");
  orderId = (outcome.answer.body as { id: string }).id;
});
afterAll(() => database.close());

describe("personal data", () => {
  it("exports everything about the shopper, without secrets", async () => {
    const data = await exportPersonalData(database.db, "ada");
    expect(data).not.toBeNull();
    expect(data!.account).toMatchObject({ id: "ada", email: "ada@example.org" });
    expect(data!.devices).toHaveLength(1);
    expect(data!.sessions).toHaveLength(1);
    expect(data!.history).toHaveLength(1);
    expect(data!.cart).toEqual([expect.objectContaining({ sku: "TEE-M", quantity: 1 })]);
    expect(data!.wishlist).toHaveLength(1);
    expect(data!.orders).toEqual([expect.objectContaining({ id: orderId, lines: [expect.objectContaining({ sku: "TEE-M", quantity: 1 })] })]);
    expect(data!.reservations).toEqual([]);
    expect(data!.preferences.channels.email).toBe(true);
    expect(data!.consentRecords).toEqual([expect.objectContaining({ subject: "channels.email", value: true })]);
    expect(JSON.stringify(data)).not.toContain("secret-token");
    expect(await exportPersonalData(database.db, "nobody")).toBeNull();
  });

  it("deletes the account, keeps the order anonymised, keeps consent proof, leaves others alone", async () => {
    expect(await deleteAccount(database.db, "ada")).toBe(true);
    const db = database.db;
    expect(await db.select().from(users).where(eq(users.id, "ada"))).toEqual([]);
    expect(await db.select().from(sessions)).toEqual([]);
    expect(await db.select().from(visitors)).toEqual([]);
    expect(await db.select().from(productViews)).toEqual([]);
    expect(await db.select().from(accountCartLines)).toEqual([]);
    expect(await db.select().from(wishlistItems)).toEqual([]);
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({ email: ANONYMISED_EMAIL, userId: null, deliveryAddress: { name: "", line1: "", postcode: "", city: "" }, phone: null, totalCents: expect.any(Number) });
    expect(await db.select().from(consentRecords).where(eq(consentRecords.userId, "ada"))).toHaveLength(1);
    expect(await db.select().from(users).where(eq(users.id, "bob"))).toHaveLength(1);
    expect(await deleteAccount(database.db, "ada")).toBe(false);
  });
});
