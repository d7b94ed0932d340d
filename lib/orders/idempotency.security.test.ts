import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { stockLevels } from "../db/schema";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import type { OrderRequest } from "./order-request";
import { placeOrder } from "./place-order";

const delivery: OrderRequest["fulfilment"] = { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Ada L.", line1: "3 rue de la République", postcode: "69002", city: "Lyon" } };
const order = (sku: string): OrderRequest => ({ email: "ada@example.org", lines: [{ sku, quantity: 1 }], acceptTerms: true, fulfilment: delivery });

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
});
beforeEach(() => resetStock(database.db, [{ sku: "TEE-M", location: "online", quantity: 3 }, { sku: "TEE-L", location: "online", quantity: 0 }]));
afterAll(() => database.close());

function answered(outcome: Awaited<ReturnType<typeof placeOrder>>) {
  if (outcome.kind !== "answer") throw new Error(`expected an answer, got ${outcome.kind}`);
  return outcome;
}

describe("idempotency keys (docs/security.md)", () => {
  it("does not pin a refusal: after a restock the same key places the order", async () => {
    const first = answered(await placeOrder(database.db, order("TEE-L"), { idempotencyKey: "after-restock", caller: "visitor:a" }));
    expect(first.answer).toMatchObject({ status: 409, body: { error: { code: "sold_out_online" } } });
    await database.db.update(stockLevels).set({ quantity: 5 }).where(eq(stockLevels.sku, "TEE-L"));
    const again = answered(await placeOrder(database.db, order("TEE-L"), { idempotencyKey: "after-restock", caller: "visitor:a" }));
    expect(again.replayed).toBe(false);
    expect(again.answer.status).toBe(201);
  });

  it("scopes keys to the caller: another caller with the same key never gets the first order's link", async () => {
    const mine = answered(await placeOrder(database.db, order("TEE-M"), { idempotencyKey: "shared-key", caller: "visitor:a" }));
    const theirs = answered(await placeOrder(database.db, order("TEE-M"), { idempotencyKey: "shared-key", caller: "visitor:b" }));
    expect(theirs.replayed).toBe(false);
    expect((theirs.answer.body as { url: string }).url).not.toBe((mine.answer.body as { url: string }).url);
    const retry = answered(await placeOrder(database.db, order("TEE-M"), { idempotencyKey: "shared-key", caller: "visitor:a" }));
    expect(retry).toEqual({ kind: "answer", answer: mine.answer, replayed: true });
  });
});
