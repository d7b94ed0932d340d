import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "../auth/staff";
import { openDatabase, type Database } from "../db/client";
import { notificationOutbox, reservations } from "../db/schema";
import { createReservation } from "../inventory/reservations";
import { stockAt } from "../inventory/stock";
import { placeOrder } from "../orders/place-order";
import { insertStockFixture } from "../testing/stock-fixture";
import { listPickups, movePickup, orderNumber, parsePickupQuery } from "./pickups";

let database: Database;
const everywhere: StaffMember = { userId: "a", email: "a@x.fr", role: "admin", storeSlug: null };
const bellecour: StaffMember = { userId: "b", email: "b@x.fr", role: "staff", storeSlug: "lyon-bellecour" };
const partDieu: StaffMember = { userId: "c", email: "c@x.fr", role: "staff", storeSlug: "lyon-part-dieu" };

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, [
    { sku: "TEE-M", location: "lyon-bellecour", quantity: 5 },
    { sku: "TEE-L", location: "lyon-part-dieu", quantity: 5 },
  ]);
});
afterAll(() => database.close());

describe("pickup desk", () => {
  it("reads QR payloads, pickup codes and order numbers; refuses anything else", () => {
    const id = "0b3e8c4e-6f0a-4c8e-9a51-6c1f2d3e4a5b";
    expect(parsePickupQuery(`VITRINE-RESERVATION:${id}:K7P2QX`)).toEqual({ reservationId: id, code: "K7P2QX" });
    expect(parsePickupQuery(" k7p2qx ")).toEqual({ code: "K7P2QX" });
    expect(parsePickupQuery("0b3e8c4e")).toEqual({ orderPrefix: "0b3e8c4e" });
    expect(parsePickupQuery("'; drop table--")).toBeNull();
  });

  it("lists a store's reservations and pickup orders newest first, only the member's store", async () => {
    const db = database.db;
    const reservation = await createReservation(db, { sku: "TEE-M", store: "lyon-bellecour", quantity: 2, email: "r@example.org", attribution: { locale: "en", firstTouch: null, lastTouch: null } }, { now: new Date(Date.now() - 60_000) });
    expect(reservation.ok).toBe(true);
    const placed = await placeOrder(db, { email: "o@example.org", lines: [{ sku: "TEE-M", quantity: 1 }], acceptTerms: true, fulfilment: { type: "pickup", store: "lyon-bellecour" } }, { idempotencyKey: "k1" });
    const orderId = placed.kind === "answer" ? (placed.answer.body as { id: string }).id : "";
    const all = await listPickups(db, everywhere, { storeSlug: null });
    expect(all.map((item) => item.kind)).toEqual(["order", "reservation"]);
    expect(all[0]).toMatchObject({ code: orderNumber(orderId), state: "waiting", lines: [{ label: "M", quantity: 1 }] });
    expect(await listPickups(db, partDieu, { storeSlug: "lyon-bellecour" })).toEqual([]);
    expect((await listPickups(db, bellecour, { storeSlug: null, query: reservation.ok ? reservation.code : "" })).map((item) => item.kind)).toEqual(["reservation"]);
    expect((await listPickups(db, bellecour, { storeSlug: null, query: orderNumber(orderId) })).map((item) => item.id)).toEqual([orderId]);
  });

  it("ready → collected once; another store's member cannot touch it; cancel gives the units back", async () => {
    const db = database.db;
    const [item] = await listPickups(db, everywhere, { storeSlug: "lyon-bellecour", query: "" });
    const reservationRow = (await db.select().from(reservations))[0]!;
    expect(await movePickup(db, partDieu, reservationRow.id, "ready")).toEqual({ ok: false, reason: "not_found" });
    expect(await movePickup(db, bellecour, reservationRow.id, "ready")).toEqual({ ok: true, kind: "reservation", state: "ready" });
    expect(await movePickup(db, bellecour, reservationRow.id, "ready")).toMatchObject({ ok: false, reason: "wrong_state" });
    // "Ready" wrote one message to the outbox, in the reservation's language, however many times it was pressed.
    const outbox = await db.select().from(notificationOutbox).where(eq(notificationOutbox.kind, "pickup_ready"));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ email: "r@example.org", channel: "email", requested: true, status: "pending", title: "Your order is ready at Vitrine Lyon Bellecour" });
    expect(outbox[0]!.mailSubject).toContain(reservationRow.code);
    const [afterReady] = await db.select().from(reservations).where(eq(reservations.id, reservationRow.id));
    expect(afterReady!.expiresAt.getTime()).toBeGreaterThan(reservationRow.expiresAt.getTime());
    expect(await movePickup(db, bellecour, reservationRow.id, "collected")).toEqual({ ok: true, kind: "reservation", state: "collected" });
    expect(await movePickup(db, bellecour, reservationRow.id, "cancel")).toMatchObject({ ok: false, state: "collected" });
    expect(await stockAt(db, "TEE-M", "lyon-bellecour")).toBe(2); // 5 - 2 reserved and collected - 1 ordered

    expect(item!.kind).toBe("order");
    expect(await movePickup(db, bellecour, item!.id, "cancel")).toEqual({ ok: true, kind: "order", state: "cancelled" });
    expect(await stockAt(db, "TEE-M", "lyon-bellecour")).toBe(3);
    expect(await movePickup(db, bellecour, item!.id, "collected")).toMatchObject({ ok: false, state: "cancelled" });
  });
});
