import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CartTooLargeError, getAccountCart, putAccountCart } from "../cart/account-cart";
import { cartPutSchema, normaliseLineTimes } from "../cart/cart-request";
import { TOMBSTONE_TTL_DAYS } from "../cart/tombstones";
import { openDatabase, type Database } from "../db/client";
import { accountCartLines, skus, users } from "../db/schema";
import { seedDemo } from "../db/seed";

/**
 * The device cart's sync (lib/offline/cart-sync.ts) against the account cart's real rules: the
 * "server" below is `PUT /api/cart`'s own validation (cartPutSchema, normaliseLineTimes) and
 * merge (putAccountCart) on an in-memory PGlite; IndexedDB is fake-indexeddb, fresh per test.
 * Issue 9, items 9 and 11: a cart of many SKUs syncs whole; removals do not pile up; a session
 * that ends elsewhere, or a sign-out sent offline, leaves nothing of the account on the device.
 */

const USER = "shopper";
const DAY = 24 * 60 * 60 * 1000;

let database: Database;
let allSkus: string[];
const server = { online: true, signedIn: true, puts: 0 };

async function handle(url: string, init: RequestInit = {}): Promise<Response> {
  if (!server.online) throw new TypeError("Failed to fetch");
  const path = new URL(url, "http://device.test").pathname;
  if (path === "/api/auth/sign-out" && init.method === "POST") {
    server.signedIn = false;
    return Response.json({ success: true });
  }
  if (path !== "/api/cart" || init.method !== "PUT") return new Response(null, { status: 404 });
  server.puts += 1;
  if (!server.signedIn) return Response.json({ error: { code: "unauthorized", message: "sign in" } }, { status: 401 });
  const parsed = cartPutSchema.safeParse(JSON.parse(String(init.body)));
  if (!parsed.success) return Response.json({ error: { code: "bad_request", message: parsed.error.message } }, { status: 400 });
  const timed = normaliseLineTimes(parsed.data.lines, Date.now());
  if ("problem" in timed) return Response.json({ error: { code: "bad_request", message: timed.problem.message } }, { status: 400 });
  try {
    const result = await putAccountCart(database.db, USER, null, timed.lines);
    return Response.json({ lines: result.lines, changes: result.changes });
  } catch (error) {
    if (error instanceof CartTooLargeError) return Response.json({ error: { code: "cart_too_large", message: error.message } }, { status: 422 });
    throw error;
  }
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 80 });
  await database.db.insert(users).values({ id: USER, name: "S", email: "s@example.com" });
  allSkus = (await database.db.select({ sku: skus.sku }).from(skus).orderBy(skus.sku)).map((row) => row.sku);
  vi.stubGlobal("fetch", (input: string, init?: RequestInit) => handle(input, init));
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await database.close();
});

/** Fresh device: a new IndexedDB and new module instances (each module caches its open database). */
async function device() {
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.resetModules();
  const [sync, store, personal, dbModule, views] = await Promise.all([
    import("./cart-sync"),
    import("./cart-store"),
    import("./personal-data"),
    import("./db"),
    import("./view-queue"),
  ]);
  return { ...sync, ...store, ...personal, ...views, openVitrineDb: dbModule.openVitrineDb };
}

beforeEach(async () => {
  Object.assign(server, { online: true, signedIn: true, puts: 0 });
  await database.db.delete(accountCartLines);
});

const recently = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe("cart sync", () => {
  it("syncs a cart of 150 SKUs whole: 100 removals and 50 lines, in requests the server accepts", async () => {
    expect(allSkus.length).toBeGreaterThanOrEqual(150);
    const on = await device();
    const codes = allSkus.slice(0, 150);
    // Removals sort first by SKU, so a sync that sent only the first 100 lines would drop every live one.
    for (const sku of codes.slice(0, 100)) await on.setLineQuantity(sku, 1);
    for (const sku of codes.slice(0, 100)) await on.setLineQuantity(sku, 0);
    for (const sku of codes.slice(100)) await on.setLineQuantity(sku, 2);

    const result = await on.syncCartWithServer();
    expect(Array.isArray(result)).toBe(true);
    const account = await getAccountCart(database.db, USER);
    expect(account).toHaveLength(150);
    expect(account.filter((line) => line.quantity > 0).map((line) => line.sku)).toEqual(codes.slice(100));
    expect(server.puts).toBe(2);
    expect(await on.hasPendingCartChanges()).toBe(false);
  });

  it("forgets removals older than the tombstone lifetime, on the device and on the server", async () => {
    const on = await device();
    const [kept, old, live] = allSkus as [string, string, string];
    const longAgo = new Date(Date.now() - (TOMBSTONE_TTL_DAYS + 1) * DAY);
    await database.db.insert(accountCartLines).values({ userId: USER, sku: old, quantity: 0, updatedAt: longAgo });
    await on.mergeIntoCart([
      { sku: old, quantity: 0, updatedAt: longAgo.toISOString() },
      { sku: kept, quantity: 0, updatedAt: recently(5) },
      { sku: live, quantity: 1, updatedAt: new Date(Date.now() - 90 * DAY).toISOString() },
    ]);

    expect(Array.isArray(await on.syncCartWithServer())).toBe(true);
    const expected = [kept, live].sort();
    expect((await on.getCartLines()).map((line) => line.sku)).toEqual(expected);
    expect((await getAccountCart(database.db, USER)).map((line) => line.sku)).toEqual(expected);
  });

  it("keeps an anonymous cart on the device when the server says signed out", async () => {
    server.signedIn = false;
    const on = await device();
    await on.setLineQuantity(allSkus[0]!, 2);
    expect(await on.syncCartWithServer()).toBe("signed-out");
    expect((await on.getCartLines()).map((line) => line.quantity)).toEqual([2]);
  });
});

describe("personal data when a session ends elsewhere", () => {
  it("clears the cart, outbox and queued views once the server no longer knows the session (expired, revoked)", async () => {
    const on = await device();
    await on.setLineQuantity(allSkus[0]!, 1);
    expect(Array.isArray(await on.syncCartWithServer())).toBe(true);
    expect(await on.readDeviceSession()).toBe("signed-in");
    // Offline for a while: another line and a product view wait on the device.
    server.online = false;
    await on.setLineQuantity(allSkus[1]!, 3);
    await on.enqueueView({ id: "view-1", type: "product_view", product: "p", viewedAt: recently(1), installed: false });
    // Meanwhile the session was revoked from another device.
    server.online = true;
    server.signedIn = false;

    expect(await on.syncCartWithServer()).toBe("signed-out");
    expect(await on.getCartLines()).toEqual([]);
    expect(await on.hasPendingCartChanges()).toBe(false);
    const opened = await on.openVitrineDb();
    if (opened.status !== "ready") throw new Error(opened.reason);
    expect(await opened.db.count("views")).toBe(0);
    expect(await on.readDeviceSession()).toBeNull();
  });

  it("sends a sign-out made offline at the next sync, before pulling any account cart", async () => {
    const on = await device();
    await on.setLineQuantity(allSkus[0]!, 1);
    expect(Array.isArray(await on.syncCartWithServer())).toBe(true);
    // The sign-out button, offline: the device's data goes at once, the server has not heard it.
    await on.clearPersonalData();
    await on.rememberDeviceSession("sign-out-pending");
    server.online = false;
    expect(await on.syncCartWithServer()).toBe("offline");
    expect(server.signedIn).toBe(true);

    server.online = true;
    const puts = server.puts;
    expect(await on.syncCartWithServer()).toBe("signed-out");
    expect(server.signedIn).toBe(false);
    expect(server.puts).toBe(puts + 1);
    expect(await on.getCartLines()).toEqual([]);
    expect(await on.readDeviceSession()).toBeNull();
  });
});
