import { expect, it } from "vitest";
import type { StaffMember } from "../auth/staff";
import { movePickup } from "../admin/pickups";
import { orders } from "../db/schema";
import { releaseExpiredHolds } from "../inventory/holds";
import { stockAt } from "../inventory/stock";
import { describeOnEachDatabase } from "../testing/each-database";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import { cancelPickupOrder } from "./pickup-hold";
import { placeOrder } from "./place-order";

/**
 * The expiry sweep, the shopper's cancel and the desk's collect and cancel, all at once on the
 * same unpaid pickup orders (on a real PostgreSQL their transactions overlap): each order ends
 * one way, and its units come back at most once.
 */
const STORE = "lyon-part-dieu";
const desk: StaffMember = { userId: "desk", email: "desk@example.org", role: "staff", storeSlug: STORE };

describeOnEachDatabase(
  "unpaid pickup orders: expire vs collect vs cancel at once",
  (database) => insertStockFixture(database.db, []),
  (current) => {
    it("never gives units back twice", async () => {
      const db = current().db;
      await resetStock(db, [
        { sku: "TEE-M", location: STORE, quantity: 100 },
        { sku: "TEE-L", location: STORE, quantity: 100 },
      ]);
      const t0 = new Date("2026-12-01T10:00:00Z");
      const expiry = new Date(t0.getTime() + 3_600_000);
      const placed = [];
      for (let i = 0; i < 12; i++) {
        const outcome = await placeOrder(
          db,
          { email: `race${i}@example.org`, lines: [{ sku: "TEE-M", quantity: 2 }, { sku: "TEE-L", quantity: 1 }], acceptTerms: true, fulfilment: { type: "pickup", store: STORE } },
          { idempotencyKey: `race-${i}`, now: t0, holdHours: 1 },
        );
        if (outcome.kind !== "answer" || outcome.answer.status !== 201) throw new Error("order refused");
        const body = outcome.answer.body as { id: string; url: string };
        placed.push({ id: body.id, token: new URL(body.url, "http://x").searchParams.get("token")! });
      }
      expect(await stockAt(db, "TEE-M", STORE)).toBe(76);

      // Every order meets two sweeps, a shopper cancel, a desk cancel and a collect at the moment its hold ends.
      await Promise.all(
        placed.flatMap(({ id, token }, i) => [
          releaseExpiredHolds(db, expiry),
          releaseExpiredHolds(db, expiry),
          cancelPickupOrder(db, id, { token }, expiry),
          movePickup(db, desk, id, "cancel", new Date(expiry.getTime() - 1)),
          i % 2 ? movePickup(db, desk, id, "collected", new Date(expiry.getTime() - 1)) : Promise.resolve(null),
        ]),
      );

      const rows = await db.select().from(orders);
      for (const row of rows) expect([row.collectedAt, row.cancelledAt, row.expiredAt].filter(Boolean)).toHaveLength(1);
      const collected = rows.filter((row) => row.collectedAt).length;
      expect(await stockAt(db, "TEE-M", STORE)).toBe(100 - 2 * collected);
      expect(await stockAt(db, "TEE-L", STORE)).toBe(100 - collected);
    }, 60_000);
  },
);
