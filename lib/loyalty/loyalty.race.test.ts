import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import type { Db } from "../db/client";
import { loyaltyCards, loyaltyChallenges, loyaltyLedger, orderLines, orders, reservations, shopperMessages, users } from "../db/schema";
import { describeOnEachDatabase } from "../testing/each-database";
import { insertStockFixture } from "../testing/stock-fixture";
import { isLoyaltyCardNumber } from "./card-number";
import { ensureCardNumber } from "./card";
import { settlePurchases } from "./ledger";
import { loyaltySummary } from "./loyalty";
import { exportLoyalty } from "./personal-data";
import { loyaltyRules } from "./rules";

const rules = loyaltyRules({});
const now = new Date("2026-12-10T10:00:00Z");

async function order(db: Db, userId: string, fulfilment: "delivery" | "pickup", totalCents: number, extra: Partial<typeof orders.$inferInsert> = {}) {
  const id = randomUUID();
  await db.insert(orders).values({
    id,
    accessTokenHash: "x",
    email: `${userId}@example.org`,
    userId,
    status: fulfilment === "pickup" ? "awaiting_pickup" : "paid",
    fulfilment,
    storeSlug: fulfilment === "pickup" ? "lyon-bellecour" : null,
    paymentMethod: "test",
    totalCents,
    createdAt: new Date("2026-12-05T10:00:00Z"),
    ...extra,
  });
  await db.insert(orderLines).values({ orderId: id, sku: "TEE-M", location: fulfilment === "pickup" ? "lyon-bellecour" : "online", quantity: 1, unitPriceCents: totalCents });
  return id;
}

describeOnEachDatabase(
  "loyalty points and challenges",
  async (database) => {
    await insertStockFixture(database.db, []);
  },
  (current) => {
    beforeEach(async () => {
      const { db } = current();
      await db.execute(sql`delete from users`);
      await db.execute(sql`truncate order_lines, orders, reservations`);
      await db.insert(users).values({ id: "ada", name: "Ada", email: "ada@example.org" });
    });

    it("allocates one valid card number per account, even asked for at once", async () => {
      const { db } = current();
      const numbers = await Promise.all(Array.from({ length: 8 }, () => ensureCardNumber(db, "ada")));
      expect(new Set(numbers).size).toBe(1);
      expect(isLoyaltyCardNumber(numbers[0]!)).toBe(true);
      // A drawn number that is already someone's is drawn again.
      await db.insert(users).values({ id: "bob", name: "Bob", email: "bob@example.org" });
      const draws = [numbers[0]!, "2900000000018"];
      expect(await ensureCardNumber(db, "bob", () => draws.shift()!)).toBe("2900000000018");
      await expect(db.insert(loyaltyCards).values({ userId: "bob", cardNumber: "1234" })).rejects.toThrow();
    });

    it("earns once per order, however often and concurrently the ledger is settled", async () => {
      const { db } = current();
      await order(db, "ada", "delivery", 4990);
      const pickup = await order(db, "ada", "pickup", 2490);
      await Promise.all(Array.from({ length: 6 }, () => settlePurchases(db, "ada", rules)));
      let rows = await db.select().from(loyaltyLedger).where(eq(loyaltyLedger.userId, "ada"));
      // The pickup order earns nothing until the store hands it over.
      expect(rows.map((r) => [r.kind, r.points])).toEqual([["order", 49]]);

      await db.update(orders).set({ collectedAt: now }).where(eq(orders.id, pickup));
      const reservationId = randomUUID();
      await db.insert(reservations).values({ id: reservationId, accessTokenHash: "x", code: "ABCDEF", sku: "TEE-L", storeSlug: "lyon-part-dieu", quantity: 2, email: "ada@example.org", userId: "ada", status: "collected", collectedAt: now, expiresAt: now });
      await Promise.all(Array.from({ length: 6 }, () => settlePurchases(db, "ada", rules)));
      rows = await db.select().from(loyaltyLedger).where(eq(loyaltyLedger.userId, "ada"));
      expect(rows.map((r) => [r.kind, r.points, r.basisCents]).sort()).toEqual([
        ["order", 49, 4990],
        ["pickup", 24, 2490],
        ["pickup", 49, 4980],
      ]);
      // The ledger is history: rows are never changed.
      await expect(db.update(loyaltyLedger).set({ points: 1000 }).where(eq(loyaltyLedger.userId, "ada"))).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
      await expect(db.execute(sql`truncate loyalty_ledger`)).rejects.toThrow();
      expect((await db.select().from(loyaltyLedger)).map((r) => r.points).sort()).toEqual([24, 49, 49]);
    });

    it("awards a completed challenge once, with two devices reading at the same moment", async () => {
      const { db } = current();
      let summary = await loyaltySummary(db, "ada", now, rules);
      expect(summary.challenges.map((c) => [c.kind, c.done, c.total])).toEqual([["omnichannel", 0, 2]]);
      await order(db, "ada", "delivery", 3000);
      summary = await loyaltySummary(db, "ada", now, rules);
      expect(summary.challenges[0]).toMatchObject({ done: 1, completedAt: null });
      expect(summary.points).toBe(30);

      // A pickup order from last month, collected this month, counts as this month's pickup.
      await order(db, "ada", "pickup", 1000, { createdAt: new Date("2026-11-28T10:00:00Z"), collectedAt: now });
      const reads = await Promise.all(Array.from({ length: 8 }, () => loyaltySummary(db, "ada", now, rules)));
      for (const read of reads) expect(read.challenges[0]!.completedAt).not.toBeNull();
      const awards = await db.select().from(loyaltyLedger).where(eq(loyaltyLedger.kind, "challenge"));
      expect(awards.map((a) => a.points)).toEqual([200]);
      // One message-center entry for the completion, however many devices saw it happen.
      const messages = await db.select().from(shopperMessages).where(eq(shopperMessages.userId, "ada"));
      expect(messages.map((m) => [m.title.replace(/[\u00a0\u202f]/g, " "), m.url])).toEqual([["Défi réussi : +200 points crédités", "/account/loyalty"]]);
      expect((await loyaltySummary(db, "ada", now, rules)).points).toBe(30 + 10 + 200);

      // The data download carries the card, the ledger and the challenges; erasure takes them away.
      const exported = await exportLoyalty(db, "ada");
      expect(exported.card?.cardNumber).toBe(reads[0]!.cardNumber);
      expect(exported.ledger.map((row) => `${row.kind} ${row.points}`).sort()).toEqual(["challenge 200", "order 30", "pickup 10"]);
      await db.delete(users).where(eq(users.id, "ada"));
      expect(await exportLoyalty(db, "ada")).toEqual({ card: null, ledger: [], challenges: [] });
    });

    it("keeps the month's challenges once chosen, and gives a new set next month", async () => {
      const { db } = current();
      await loyaltySummary(db, "ada", now, rules);
      await loyaltySummary(db, "ada", now, rules);
      expect(await db.select().from(loyaltyChallenges)).toHaveLength(1);
      const january = await loyaltySummary(db, "ada", new Date("2027-01-02T10:00:00Z"), rules);
      expect(january.challenges[0]).toMatchObject({ kind: "omnichannel", done: 0 });
      expect(await db.select().from(loyaltyChallenges)).toHaveLength(2);
    });
  },
);
