import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { orders } from "../db/schema";
import { stockAt } from "../inventory/stock";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import { getOrder } from "./queries";
import type { OrderRequest } from "./order-request";
import { placeOrder } from "./place-order";

const delivery: OrderRequest["fulfilment"] = { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Ada L.", line1: "3 rue de la République", postcode: "69002", city: "Lyon" } };
const order = (lines: OrderRequest["lines"], fulfilment: OrderRequest["fulfilment"] = delivery): OrderRequest => ({ email: "ada@example.org", lines, fulfilment, acceptTerms: true });

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
});
beforeEach(() =>
  resetStock(database.db, [
    { sku: "TEE-M", location: "online", quantity: 3 },
    { sku: "TEE-L", location: "online", quantity: 0 },
    { sku: "TEE-L", location: "lyon-part-dieu", quantity: 2 },
  ]),
);
afterAll(() => database.close());

function answer(outcome: Awaited<ReturnType<typeof placeOrder>>) {
  if (outcome.kind !== "answer") throw new Error(`expected an answer, got ${outcome.kind}`);
  return outcome;
}

describe("placeOrder", () => {
  it("takes online stock for delivery, prices from the database, and opens the order by its link only", async () => {
    const { answer: a, replayed } = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 2 }]), { idempotencyKey: "k1" }));
    expect(replayed).toBe(false);
    expect(a.status).toBe(201);
    const body = a.body as { id: string; status: string; totalCents: number; url: string };
    // 39,80 € of items is under the free-delivery threshold (50 €): home delivery costs 4,90 €.
    expect(body).toMatchObject({ status: "paid", totalCents: 4470, deliveryFeeCents: 490 });
    expect(await stockAt(database.db, "TEE-M", "online")).toBe(1);
    const token = new URL(body.url, "http://x").searchParams.get("token")!;
    const view = await getOrder(database.db, body.id, { token });
    expect(view).toMatchObject({ fulfilment: "delivery", paymentMethod: "test_card", totalCents: 4470, deliveryFeeCents: 490, deliveryMethod: "home", phone: "+33612345678", lines: [{ sku: "TEE-M", quantity: 2, unitPriceCents: 1990 }] });
    expect(view?.paymentReference).toMatch(/^test_/);
    expect(await getOrder(database.db, body.id, { token: token.slice(1) })).toBeNull();
    expect(await getOrder(database.db, body.id, {})).toBeNull();
    expect(await getOrder(database.db, body.id, { userId: "someone" })).toBeNull();
  });

  it("answers sold_out_online with the availability page for a SKU with no online stock", async () => {
    const { answer: a } = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 1 }, { sku: "TEE-L", quantity: 1 }]), { idempotencyKey: "k2" }));
    expect(a).toEqual({
      status: 409,
      body: { error: { code: "sold_out_online", message: expect.any(String), sku: "TEE-L", availabilityUrl: "/products/tee/stores?sku=TEE-L" } },
    });
    // All lines or none: the TEE-M unit taken before TEE-L failed is back.
    expect(await stockAt(database.db, "TEE-M", "online")).toBe(3);
    expect(await database.db.select().from(orders)).toEqual([]);
  });

  it("answers out_of_stock when there are some units but not enough", async () => {
    const { answer: a } = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 4 }]), { idempotencyKey: "k3" }));
    expect(a).toMatchObject({ status: 409, body: { error: { code: "out_of_stock", available: 3 } } });
  });

  it("takes a pickup order from the store's stock, to pay there", async () => {
    const pickup = { type: "pickup" as const, store: "lyon-part-dieu" };
    const { answer: a } = answer(await placeOrder(database.db, order([{ sku: "TEE-L", quantity: 2 }], pickup), { idempotencyKey: "k4", userId: "user-1" }));
    expect(a).toMatchObject({ status: 201, body: { status: "awaiting_pickup", totalCents: 4980 } });
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(0);
    const view = await getOrder(database.db, (a.body as { id: string }).id, { userId: "user-1" });
    expect(view).toMatchObject({ paymentMethod: "pay_at_pickup", paymentReference: null, store: { slug: "lyon-part-dieu" } });
    const again = answer(await placeOrder(database.db, order([{ sku: "TEE-L", quantity: 1 }], pickup), { idempotencyKey: "k5" }));
    expect(again.answer).toMatchObject({ status: 409, body: { error: { code: "out_of_stock", available: 0 } } });
    const elsewhere = answer(await placeOrder(database.db, order([{ sku: "TEE-L", quantity: 1 }], { type: "pickup", store: "lyon-bellecour" }), { idempotencyKey: "k6" }));
    expect(elsewhere.answer).toMatchObject({ status: 409, body: { error: { code: "out_of_stock" } } });
  });

  it("charges the delivery fee it computes, free from the threshold, with the dates promised at order time", async () => {
    // Tuesday 1 December 2026, 10:00 in Paris: leaves today, home delivery in 2 to 3 business days.
    const now = new Date("2026-12-01T09:00:00Z");
    const free = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 3 }]), { idempotencyKey: "fee-1", now, userId: "fee" }));
    expect(free.answer).toMatchObject({ status: 201, body: { totalCents: 5970, deliveryFeeCents: 0 } });
    const view = await getOrder(database.db, (free.answer.body as { id: string }).id, { userId: "fee" }, now);
    expect(view).toMatchObject({ deliveryEarliest: "2026-12-03", deliveryLatest: "2026-12-04" });
    const [stored] = await database.db.select({ termsAcceptedAt: orders.termsAcceptedAt }).from(orders);
    expect(stored?.termsAcceptedAt).toEqual(now);
  });

  it("delivers to a relay point from the list, at the relay price, and refuses one it does not know", async () => {
    const relay = { type: "delivery" as const, method: "relay" as const, relayPoint: "lyon-republique", name: "Ada L.", phone: "+33612345678" };
    const placed = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 1 }], relay), { idempotencyKey: "relay-1", userId: "relay" }));
    expect(placed.answer).toMatchObject({ status: 201, body: { totalCents: 1990 + 390, deliveryFeeCents: 390 } });
    const view = await getOrder(database.db, (placed.answer.body as { id: string }).id, { userId: "relay" });
    expect(view).toMatchObject({ deliveryMethod: "relay", deliveryAddress: { name: "Ada L.", line1: "Librairie de la République, 28 rue de la République", postcode: "69002", city: "Lyon" } });
    const unknown = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 1 }], { ...relay, relayPoint: "atlantis" }), { idempotencyKey: "relay-2" }));
    expect(unknown.answer).toMatchObject({ status: 400, body: { error: { code: "unknown_relay_point" } } });
    expect(await stockAt(database.db, "TEE-M", "online")).toBe(2);
  });

  it("refuses unknown SKUs and stores with a 400", async () => {
    const unknownSku = answer(await placeOrder(database.db, order([{ sku: "NOPE", quantity: 1 }]), { idempotencyKey: "k7" }));
    expect(unknownSku.answer).toMatchObject({ status: 400, body: { error: { code: "unknown_sku", sku: "NOPE" } } });
    const unknownStore = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 1 }], { type: "pickup", store: "atlantis" }), { idempotencyKey: "k8" }));
    expect(unknownStore.answer).toMatchObject({ status: 400, body: { error: { code: "unknown_store" } } });
  });

  it("replays the first answer for the same key and body, and refuses the key with another body", async () => {
    const first = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 1 }]), { idempotencyKey: "same" }));
    const second = answer(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 1 }]), { idempotencyKey: "same" }));
    expect(second.replayed).toBe(true);
    expect(second.answer).toEqual(first.answer);
    expect(await stockAt(database.db, "TEE-M", "online")).toBe(2);
    expect(await database.db.select().from(orders)).toHaveLength(1);
    expect(await placeOrder(database.db, order([{ sku: "TEE-M", quantity: 2 }]), { idempotencyKey: "same" })).toEqual({ kind: "key_reused" });
  });
});
