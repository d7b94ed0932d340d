import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffMember } from "../auth/staff";
import { movePickup } from "../admin/pickups";
import { openDatabase, type Database } from "../db/client";
import { orders } from "../db/schema";
import { releaseExpiredHolds } from "../inventory/holds";
import { createReservation } from "../inventory/reservations";
import { stockAt } from "../inventory/stock";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import type { OrderRequest } from "./order-request";
import { cancelPickupOrder, releaseExpiredPickupOrders } from "./pickup-hold";
import { placeOrder, type PlaceOrderOptions } from "./place-order";
import { getOrder } from "./queries";

/**
 * Issue 9 item 2 (docs/security.md): an unpaid pickup order holds its units for
 * PICKUP_ORDER_HOLD_HOURS, then gives them back; the shopper can cancel it; it counts in the caps
 * on active holds per e-mail and per client, with reservations.
 */
const STORE = "lyon-part-dieu";
const HOUR = 3_600_000;
const t0 = new Date("2026-12-01T10:00:00Z");
const pickup = (email = "ada@example.org", quantity = 2): OrderRequest => ({ email, lines: [{ sku: "TEE-M", quantity }], acceptTerms: true, fulfilment: { type: "pickup", store: STORE } });
const desk: StaffMember = { userId: "desk", email: "desk@example.org", role: "staff", storeSlug: STORE };

let database: Database;
let keys = 0;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
});
beforeEach(() => resetStock(database.db, [{ sku: "TEE-M", location: STORE, quantity: 10 }, { sku: "TEE-M", location: "online", quantity: 10 }]));
afterAll(() => database.close());

async function place(request: OrderRequest, options: Partial<PlaceOrderOptions> = {}) {
  const outcome = await placeOrder(database.db, request, { idempotencyKey: `k${++keys}`, now: t0, holdHours: 48, ...options });
  if (outcome.kind !== "answer") throw new Error(`expected an answer, got ${outcome.kind}`);
  const body = outcome.answer.body as { id: string; url: string; error?: { code: string; retryAfterSeconds?: number } };
  return { status: outcome.answer.status, body, id: body.id, token: body.url ? new URL(body.url, "http://x").searchParams.get("token")! : "" };
}

describe("unpaid pickup orders hold their units for a while, not forever", () => {
  it("holds the units until the hold ends, then gives them back exactly once", async () => {
    const { status, id, token } = await place(pickup());
    expect(status).toBe(201);
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(8);
    const view = await getOrder(database.db, id, { token }, t0);
    expect(view).toMatchObject({ state: "open", holdExpiresAt: new Date(t0.getTime() + 48 * HOUR) });

    expect(await releaseExpiredPickupOrders(database.db, new Date(t0.getTime() + 48 * HOUR - 1))).toBe(0);
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(8);
    expect(await releaseExpiredHolds(database.db, new Date(t0.getTime() + 48 * HOUR))).toBe(1);
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(10);
    expect(await releaseExpiredHolds(database.db, new Date(t0.getTime() + 49 * HOUR))).toBe(0);
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(10);
    expect((await getOrder(database.db, id, { token }, new Date(t0.getTime() + 49 * HOUR)))?.state).toBe("expired");
    // Expired: neither the shopper nor the desk can end it again.
    expect(await cancelPickupOrder(database.db, id, { token }, new Date(t0.getTime() + 49 * HOUR))).toEqual({ ok: false, reason: "not_cancellable" });
    expect(await movePickup(database.db, desk, id, "collected", new Date(t0.getTime() + 49 * HOUR))).toMatchObject({ ok: false, state: "expired" });
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(10);
  });

  it("a delivery order, paid online, holds nothing that expires", async () => {
    const { status, id, token } = await place({ ...pickup(), fulfilment: { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Ada L.", line1: "3 rue", postcode: "69002", city: "Lyon" } } });
    expect(status).toBe(201);
    expect(await releaseExpiredHolds(database.db, new Date(t0.getTime() + 1000 * HOUR))).toBe(0);
    expect(await getOrder(database.db, id, { token }, t0)).toMatchObject({ holdExpiresAt: null, state: "open" });
    expect(await cancelPickupOrder(database.db, id, { token }, t0)).toEqual({ ok: false, reason: "not_cancellable" });
    expect(await stockAt(database.db, "TEE-M", "online")).toBe(8);
  });

  it("the desk's \"ready\" keeps the units held a full period from then", async () => {
    const { id, token } = await place(pickup());
    const later = new Date(t0.getTime() + 40 * HOUR);
    expect(await movePickup(database.db, desk, id, "ready", later)).toMatchObject({ ok: true, state: "ready" });
    expect((await getOrder(database.db, id, { token }, later))?.holdExpiresAt).toEqual(new Date(later.getTime() + 48 * HOUR));
    expect(await releaseExpiredHolds(database.db, new Date(t0.getTime() + 60 * HOUR))).toBe(0);
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(8);
  });
});

describe("the shopper cancels their pickup order", () => {
  it("gives the units back at once, only to the holder of the link, only once", async () => {
    const { id, token } = await place(pickup());
    expect(await cancelPickupOrder(database.db, id, { token: "not-the-token" }, t0)).toEqual({ ok: false, reason: "not_found" });
    expect(await cancelPickupOrder(database.db, id, {}, t0)).toEqual({ ok: false, reason: "not_found" });
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(8);
    expect(await cancelPickupOrder(database.db, id, { token }, t0)).toEqual({ ok: true });
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(10);
    expect(await cancelPickupOrder(database.db, id, { token }, t0)).toEqual({ ok: false, reason: "not_cancellable" });
    expect(await movePickup(database.db, desk, id, "cancel", t0)).toMatchObject({ ok: false, state: "cancelled" });
    expect(await releaseExpiredHolds(database.db, new Date(t0.getTime() + 100 * HOUR))).toBe(0);
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(10);
    expect((await getOrder(database.db, id, { token }, t0))?.state).toBe("cancelled");
  });
});

describe("active holds are capped per e-mail and per client, reservations and pickup orders together", () => {
  const caps = { perEmail: 2, perClient: 3 };

  it("refuses a pickup order past the e-mail cap with 429 too_many_holds, and takes no stock", async () => {
    expect(await createReservation(database.db, { sku: "TEE-M", store: STORE, quantity: 1, email: "Eve@example.org" }, { now: t0, holdMinutes: 120, holdCaps: caps })).toMatchObject({ ok: true });
    expect((await place(pickup("eve@example.org", 1), { holdCaps: caps })).status).toBe(201);
    const refused = await place(pickup("EVE@example.org", 1), { holdCaps: caps });
    expect(refused.status).toBe(429);
    // Retry-After: when the earliest of the two holds (the 2-hour reservation) runs out.
    expect(refused.body.error).toMatchObject({ code: "too_many_holds", retryAfterSeconds: 2 * 3600 });
    expect(await createReservation(database.db, { sku: "TEE-M", store: STORE, quantity: 1, email: "eve@example.org" }, { now: t0, holdCaps: caps })).toEqual({
      ok: false,
      reason: "too_many_holds",
      retryAfterSeconds: 2 * 3600,
    });
    expect(await stockAt(database.db, "TEE-M", STORE)).toBe(8);
    // Delivery orders are paid: they hold nothing and are not capped.
    expect((await place({ ...pickup("eve@example.org", 1), fulfilment: { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Eve", line1: "1 rue", postcode: "69001", city: "Lyon" } } }, { holdCaps: caps })).status).toBe(201);
  });

  it("refuses past the client cap whatever the e-mail, and frees a slot when a hold ends", async () => {
    const client = { clientAddress: "203.0.113.9", holdCaps: caps };
    const first = await place(pickup("a@example.org", 1), client);
    expect((await place(pickup("b@example.org", 1), client)).status).toBe(201);
    expect((await place(pickup("c@example.org", 1), client)).status).toBe(201);
    expect((await place(pickup("d@example.org", 1), client)).status).toBe(429);
    expect((await place(pickup("d@example.org", 1), { ...client, clientAddress: "203.0.113.10" })).status).toBe(201);
    expect(await cancelPickupOrder(database.db, first.id, { token: first.token }, t0)).toEqual({ ok: true });
    const [row] = await database.db.select({ clientAddress: orders.clientAddress }).from(orders).where(eq(orders.id, first.id));
    expect(row?.clientAddress).toBeNull();
    expect((await place(pickup("d@example.org", 1), client)).status).toBe(201);
  });

  it("counts no order whose hold has run out, and says how long until the earliest one does (at least 1 s)", async () => {
    expect((await place(pickup("f@example.org", 1), { holdCaps: caps })).status).toBe(201);
    expect((await place(pickup("f@example.org", 1), { holdCaps: caps, now: new Date(t0.getTime() + HOUR) })).status).toBe(201);
    const at = (ms: number) => place(pickup("f@example.org", 1), { holdCaps: caps, now: new Date(t0.getTime() + ms) });
    expect((await at(0)).body.error).toMatchObject({ code: "too_many_holds", retryAfterSeconds: 48 * 3600 });
    expect((await at(30 * HOUR + 1)).body.error?.retryAfterSeconds).toBe(18 * 3600);
    expect((await at(48 * HOUR - 300)).body.error?.retryAfterSeconds).toBe(1);
    expect((await place(pickup("f@example.org", 1), { holdCaps: caps, now: new Date(t0.getTime() + 48 * HOUR) })).status).toBe(201);
  });
});
