import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import { cancelReservation, createReservation, getReservation, holdMinutes, listUserReservations, releaseExpiredReservations } from "./reservations";
import { stockAt } from "./stock";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
});
beforeEach(() => resetStock(database.db, [{ sku: "TEE-L", location: "lyon-part-dieu", quantity: 3 }]));
afterAll(() => database.close());

const t0 = new Date("2026-01-10T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const request = { sku: "TEE-L", store: "lyon-part-dieu", quantity: 2, email: "ada@example.org" };

async function reserve(overrides: Partial<typeof request> & { userId?: string } = {}) {
  const result = await createReservation(database.db, { ...request, ...overrides }, { now: t0, holdMinutes: 120 });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("reservations", () => {
  it("holds units at the store until it expires, with a pickup code and an unguessable link", async () => {
    const r = await reserve();
    expect(r.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(r.expiresAt).toEqual(minutes(120));
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(1);
    expect(await getReservation(database.db, r.id, { token: r.token }, minutes(1))).toMatchObject({
      status: "active",
      quantity: 2,
      store: { slug: "lyon-part-dieu" },
      product: { slug: "tee" },
    });
    expect(await getReservation(database.db, r.id, { token: "guess" }, minutes(1))).toBeNull();
    expect(await getReservation(database.db, r.id, {}, minutes(1))).toBeNull();
  });

  it("expires by itself on the next read, with no timer, and gives the units back once", async () => {
    const r = await reserve();
    expect(await releaseExpiredReservations(database.db, minutes(119))).toBe(0);
    expect(await getReservation(database.db, r.id, { token: r.token }, minutes(121))).toMatchObject({ status: "expired" });
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(3);
    // A second and a concurrent sweep find nothing left to give back.
    expect(await Promise.all([releaseExpiredReservations(database.db, minutes(200)), releaseExpiredReservations(database.db, minutes(200))])).toEqual([0, 0]);
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(3);
  });

  it("refuses more than the store has, saying how many are left", async () => {
    await reserve();
    expect(await createReservation(database.db, request, { now: t0 })).toEqual({ ok: false, reason: "out_of_stock", available: 1 });
    expect(await createReservation(database.db, { ...request, store: "lyon-bellecour" }, { now: t0 })).toEqual({ ok: false, reason: "out_of_stock", available: 0 });
  });

  it("refuses unknown SKUs and stores", async () => {
    expect(await createReservation(database.db, { ...request, sku: "NOPE" })).toEqual({ ok: false, reason: "unknown_sku" });
    expect(await createReservation(database.db, { ...request, store: "atlantis" })).toEqual({ ok: false, reason: "unknown_store" });
  });

  it("cancels once, giving the units back; an expired one cannot be cancelled", async () => {
    const r = await reserve();
    expect(await cancelReservation(database.db, r.id, { token: r.token }, minutes(5))).toEqual({ ok: true });
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(3);
    expect(await cancelReservation(database.db, r.id, { token: r.token }, minutes(6))).toEqual({ ok: false, reason: "reservation_cancelled" });
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(3);
    const late = await reserve({ quantity: 1 });
    expect(await cancelReservation(database.db, late.id, { token: late.token }, minutes(121))).toEqual({ ok: false, reason: "reservation_expired" });
    expect(await cancelReservation(database.db, late.id, { token: "wrong" }, minutes(5))).toEqual({ ok: false, reason: "not_found" });
    expect(await stockAt(database.db, "TEE-L", "lyon-part-dieu")).toBe(3);
  });

  it("lists a signed-in shopper's reservations, and opens them without the link", async () => {
    const mine = await reserve({ userId: "user-1", quantity: 1 });
    await reserve({ userId: "user-2", quantity: 1 });
    const list = await listUserReservations(database.db, "user-1", minutes(1));
    expect(list.map((r) => r.id)).toEqual([mine.id]);
    expect(await getReservation(database.db, mine.id, { userId: "user-1" }, minutes(1))).not.toBeNull();
    expect(await getReservation(database.db, mine.id, { userId: "user-2" }, minutes(1))).toBeNull();
  });

  it("reads the hold time from RESERVATION_HOLD_MINUTES, 2 h otherwise", () => {
    expect(holdMinutes({})).toBe(120);
    expect(holdMinutes({ RESERVATION_HOLD_MINUTES: "30" })).toBe(30);
    expect(holdMinutes({ RESERVATION_HOLD_MINUTES: "-5" })).toBe(120);
    expect(holdMinutes({ RESERVATION_HOLD_MINUTES: "abc" })).toBe(120);
  });
});
