import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { orderLines, orders } from "../db/schema";
import { stockAt } from "../inventory/stock";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import type { OrderRequest } from "./order-request";
import { placeOrder } from "./place-order";

/** In-store mode's endless aisle (docs/in-store.md): orders made in a store, delivered home or shipped to it. */
const home: OrderRequest["fulfilment"] = { type: "delivery", method: "home", address: { name: "Ada L.", line1: "3 rue de la République", postcode: "69002", city: "Lyon" }, phone: "+33612345678" };

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
});
beforeEach(() =>
  resetStock(database.db, [
    { sku: "TEE-L", location: "online", quantity: 3 },
    { sku: "TEE-L", location: "lyon-part-dieu", quantity: 0 },
  ]),
);
afterAll(() => database.close());

async function place(request: OrderRequest, key: string) {
  const outcome = await placeOrder(database.db, request, { idempotencyKey: key });
  if (outcome.kind !== "answer") throw new Error(outcome.kind);
  return outcome.answer as { status: number; body: { id: string; status: string; error?: { code: string } } };
}

describe("orders made in a store", () => {
  it("records the store a home delivery was ordered from", async () => {
    const answer = await place({ email: "ada@example.org", lines: [{ sku: "TEE-L", quantity: 1 }], acceptTerms: true, fulfilment: home, originStore: "lyon-part-dieu" }, "aisle-1");
    expect(answer).toMatchObject({ status: 201, body: { status: "paid" } });
    const [row] = await database.db.select().from(orders).where(eq(orders.id, answer.body.id));
    expect(row).toMatchObject({ fulfilment: "delivery", originStoreSlug: "lyon-part-dieu", storeSlug: null });
    expect(await stockAt(database.db, "TEE-L", "online")).toBe(2);
  });

  it("ships to the store from the online stock, paid online: the store's empty shelf is not touched", async () => {
    const answer = await place(
      { email: "ada@example.org", lines: [{ sku: "TEE-L", quantity: 2 }], acceptTerms: true, fulfilment: { type: "pickup", store: "lyon-part-dieu", from: "online" }, originStore: "lyon-part-dieu" },
      "aisle-2",
    );
    expect(answer).toMatchObject({ status: 201, body: { status: "paid" } });
    const [row] = await database.db.select().from(orders).where(eq(orders.id, answer.body.id));
    expect(row).toMatchObject({ fulfilment: "pickup", storeSlug: "lyon-part-dieu", originStoreSlug: "lyon-part-dieu", paymentMethod: "test_card", holdExpiresAt: null });
    expect(await database.db.select({ location: orderLines.location }).from(orderLines).where(eq(orderLines.orderId, answer.body.id))).toEqual([{ location: "online" }]);
    expect(await stockAt(database.db, "TEE-L", "online")).toBe(1);
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(0);
  });

  it("refuses an unknown origin store", async () => {
    const answer = await place({ email: "ada@example.org", lines: [{ sku: "TEE-L", quantity: 1 }], acceptTerms: true, fulfilment: home, originStore: "atlantis" }, "aisle-3");
    expect(answer).toMatchObject({ status: 400, body: { error: { code: "unknown_store" } } });
    expect(await stockAt(database.db, "TEE-L", "online")).toBe(3);
  });
});
