import { expect, it } from "vitest";
import { orders } from "../db/schema";
import { stockAt } from "../inventory/stock";
import { describeOnEachDatabase } from "../testing/each-database";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import type { OrderRequest } from "./order-request";
import { placeOrder } from "./place-order";

/**
 * A burst of identical requests with one Idempotency-Key (a double tap, a retrying client), on
 * PGlite and on a real PostgreSQL where the requests' transactions overlap: one order, one
 * stock take, the same answer for all.
 */
const request: OrderRequest = {
  email: "ada@example.org",
  lines: [{ sku: "TEE-M", quantity: 1 }],
  acceptTerms: true,
  fulfilment: { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Ada L.", line1: "3 rue de la République", postcode: "69002", city: "Lyon" } },
};

describeOnEachDatabase(
  "placeOrder with one key, many requests at once",
  (database) => insertStockFixture(database.db, []),
  (current) => {
    it("creates one order for 20 simultaneous requests with the same key", async () => {
      await resetStock(current().db, [{ sku: "TEE-M", location: "online", quantity: 3 }]);
      const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(current().db, request, { idempotencyKey: "burst" })));
      const answers = results.map((result) => {
        if (result.kind !== "answer") throw new Error(`expected an answer, got ${result.kind}`);
        return result;
      });
      expect(answers.filter((r) => !r.replayed)).toHaveLength(1);
      for (const r of answers) expect(r.answer).toEqual(answers[0]!.answer);
      expect(await current().db.select().from(orders)).toHaveLength(1);
      expect(await stockAt(current().db, "TEE-M", "online")).toBe(2);
    });
  },
);
