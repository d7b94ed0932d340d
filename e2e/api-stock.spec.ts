import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { findOnlineSku, findSoldOutOnlineSku } from "./support/stock";

/**
 * Orders, reservations, live stock and the staff endpoint against a running server (docs/api.md,
 * docs/stores-and-pickup.md): hostile input is a clear 4xx in the error shape, never a 500; idempotency holds.
 */

const LONG = "a".repeat(10_000);
const address = { name: "Ada Lovelace", line1: "3 rue de la République", postcode: "69002", city: "Lyon" };

async function expectApiError(response: APIResponse, status: number, code: string) {
  const where = `${response.url().slice(0, 80)}`;
  expect(response.status(), where).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error, where).toMatchObject({ code, message: expect.any(String) });
  expect(body.error.message.length, where).toBeLessThan(500);
  return body.error;
}

const order = (request: APIRequestContext, data: unknown, key: string | null = crypto.randomUUID()) =>
  request.post("/api/orders", { data: data as Record<string, unknown>, headers: key === null ? {} : { "Idempotency-Key": key } });

test.describe("POST /api/orders", () => {
  test("bad input is a 4xx with a clear code", async ({ request }) => {
    const { sku } = await findOnlineSku(request);
    const good = { email: "ada@example.org", lines: [{ sku, quantity: 1 }], fulfilment: { type: "delivery", phone: "06 12 34 56 78", address }, acceptTerms: true };
    await expectApiError(await order(request, good, null), 400, "idempotency_key_required");
    await expectApiError(await order(request, good, "é".repeat(3)), 400, "bad_request");
    await expectApiError(await request.post("/api/orders", { headers: { "Idempotency-Key": "k", "Content-Type": "application/json" }, data: Buffer.from("{not json") }), 400, "bad_json");
    await expectApiError(await request.post("/api/orders", { headers: { "Idempotency-Key": "k", "Content-Type": "text/plain" }, data: "hello" }), 415, "unsupported_media_type");
    const cases: [unknown, number, string][] = [
      [{ ...good, email: "not-an-email" }, 400, "bad_request"],
      [{ ...good, lines: [] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku, quantity: 0 }] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku, quantity: 21 }] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku, quantity: 1.5 }] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku, quantity: "1" }] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku, quantity: 1 }, { sku, quantity: 1 }] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku: "' OR 1=1 --", quantity: 1 }] }, 400, "bad_request"],
      [{ ...good, lines: [{ sku: "VIT-0000-NOPE", quantity: 1 }] }, 400, "unknown_sku"],
      [{ ...good, fulfilment: { ...good.fulfilment, address: { ...address, postcode: "ABCDE" } } }, 400, "bad_request"],
      [{ ...good, fulfilment: { ...good.fulfilment, address: { ...address, line1: LONG } } }, 400, "bad_request"],
      [{ ...good, fulfilment: { ...good.fulfilment, phone: "12 34" } }, 400, "bad_request"],
      [{ ...good, fulfilment: { type: "delivery", method: "relay", relayPoint: "atlantis", name: "Ada", phone: "0612345678" } }, 400, "unknown_relay_point"],
      // The terms of sale (CGV) must be accepted (docs/delivery.md).
      [{ ...good, acceptTerms: undefined }, 400, "bad_request"],
      [{ ...good, acceptTerms: false }, 400, "bad_request"],
      [{ ...good, fulfilment: { type: "drone" } }, 400, "bad_request"],
      [{ ...good, fulfilment: { type: "pickup", store: "atlantis" } }, 400, "unknown_store"],
      [{ ...good, fulfilment: { type: "pickup", store: "../etc" } }, 400, "bad_request"],
    ];
    for (const [body, status, code] of cases) await expectApiError(await order(request, body), status, code);
  });

  test("a SKU sold out online answers 409 sold_out_online with its availability page", async ({ request }) => {
    const { product, sku } = await findSoldOutOnlineSku(request);
    const error = await expectApiError(await order(request, { email: "ada@example.org", lines: [{ sku, quantity: 1 }], fulfilment: { type: "delivery", phone: "06 12 34 56 78", address }, acceptTerms: true }), 409, "sold_out_online");
    expect(error).toMatchObject({ availabilityUrl: `/products/${product.slug}/stores?sku=${encodeURIComponent(sku)}` });
  });

  test("more than a pickup store has answers 409 out_of_stock", async ({ request }) => {
    const { sku, stores } = await findSoldOutOnlineSku(request);
    const store = stores[0]!;
    const error = await expectApiError(
      await order(request, { email: "ada@example.org", lines: [{ sku, quantity: store.stock + 1 }], fulfilment: { type: "pickup", store: store.slug }, acceptTerms: true }),
      409,
      "out_of_stock",
    );
    expect(error).toMatchObject({ available: store.stock });
  });

  test("an order is priced by the server, replayed for the same key, refused for the same key with another body", async ({ request, page }) => {
    const { product, sku, priceCents, onlineStock } = await findOnlineSku(request, 3);
    const key = crypto.randomUUID();
    const body = { email: "ada@example.org", lines: [{ sku, quantity: 2, priceCents: 1 }], fulfilment: { type: "delivery", phone: "06 12 34 56 78", address }, acceptTerms: true };
    const first = await order(request, body, key);
    expect(first.status()).toBe(201);
    expect(first.headers()["cache-control"]).toContain("no-store");
    const created = (await first.json()) as { id: string; status: string; totalCents: number; deliveryFeeCents: number; url: string };
    // The default delivery prices (docs/delivery.md): 4,90 € to the door under 50 € of items, free from 50 €.
    const fee = 2 * priceCents >= 5000 ? 0 : 490;
    expect(created).toMatchObject({ status: "paid", totalCents: 2 * priceCents + fee, deliveryFeeCents: fee });
    const replay = await order(request, body, key);
    expect(replay.status()).toBe(201);
    expect(replay.headers()["idempotent-replayed"]).toBe("true");
    expect(await replay.json()).toEqual(created);
    await expectApiError(await order(request, { ...body, lines: [{ sku, quantity: 1 }] }, key), 422, "idempotency_key_reused");
    // Only one order took stock.
    const after = (await (await request.get(`/api/products/${product.slug}`)).json()) as { skus: { sku: string; onlineStock: number }[] };
    expect(after.skus.find((s) => s.sku === sku)?.onlineStock).toBe(onlineStock - 2);
    // The confirmation opens with the link's token, and not without it.
    await page.goto(created.url);
    await expect(page.getByRole("heading", { level: 1, name: "Merci, votre commande est confirmée" })).toBeVisible();
    expect((await page.request.get(`/orders/${created.id}`)).status()).toBe(404);
    expect((await page.request.get(`/orders/${created.id}?token=wrong`)).status()).toBe(404);
  });
});

test.describe("POST /api/reservations", () => {
  test("bad input is a 4xx with a clear code", async ({ request }) => {
    const { sku, stores } = await findSoldOutOnlineSku(request);
    const store = stores[0]!.slug;
    const good = { sku, store, quantity: 1, email: "ada@example.org" };
    const cases: [unknown, number, string][] = [
      [{ ...good, store: "atlantis" }, 400, "unknown_store"],
      [{ ...good, sku: "VIT-0000-NOPE" }, 400, "unknown_sku"],
      [{ ...good, quantity: 6 }, 400, "bad_request"],
      [{ ...good, quantity: -1 }, 400, "bad_request"],
      [{ ...good, email: "nope" }, 400, "bad_request"],
      [{ ...good, email: undefined }, 400, "bad_request"],
      [{ ...good, sku: LONG }, 400, "bad_request"],
    ];
    for (const [body, status, code] of cases) await expectApiError(await request.post("/api/reservations", { data: body as Record<string, unknown> }), status, code);
    const empty = (await (await request.get("/api/stores")).json()) as { stores: { slug: string }[] };
    const holding = new Set(stores.map((s) => s.slug));
    const without = empty.stores.find((s) => !holding.has(s.slug));
    if (without) await expectApiError(await request.post("/api/reservations", { data: { ...good, store: without.slug } }), 409, "out_of_stock");
  });

  test("a reservation holds units, is read by its link, cancels once", async ({ request }) => {
    const { sku, stores } = await findSoldOutOnlineSku(request);
    const store = stores[0]!;
    const created = await request.post("/api/reservations", { data: { sku, store: store.slug, quantity: 1, email: "ada@example.org" } });
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { id: string; code: string; expiresAt: string; url: string };
    expect(body.code).toMatch(/^[2-9A-Z]{6}$/);
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
    const token = new URL(body.url, "http://x").searchParams.get("token")!;
    const read = await request.get(`/api/reservations/${body.id}`, { params: { token } });
    expect(await read.json()).toMatchObject({ status: "active", sku, store: store.slug, quantity: 1 });
    await expectApiError(await request.get(`/api/reservations/${body.id}`, { params: { token: "guess" } }), 404, "not_found");
    await expectApiError(await request.get(`/api/reservations/${body.id}`), 404, "not_found");
    expect((await request.delete(`/api/reservations/${body.id}`, { params: { token } })).status()).toBe(204);
    await expectApiError(await request.delete(`/api/reservations/${body.id}`, { params: { token } }), 409, "reservation_cancelled");
    const levels = (await (await request.get("/api/stores", { params: { sku } })).json()) as { stores: { slug: string; stock: number }[] };
    expect(levels.stores.find((s) => s.slug === store.slug)?.stock).toBe(store.stock);
  });
});

test.describe("live stock and staff updates", () => {
  test("the stream refuses bad SKU lists", async ({ request }) => {
    await expectApiError(await request.get("/api/stock/stream"), 400, "bad_request");
    await expectApiError(await request.get("/api/stock/stream", { params: { skus: "' OR 1=1" } }), 400, "bad_request");
    await expectApiError(await request.get("/api/stock/stream", { params: { skus: Array.from({ length: 21 }, (_, i) => `SKU-${i}`).join(",") } }), 400, "bad_request");
    await expectApiError(await request.get("/api/stock/stream", { params: { skus: "VIT-0000-NOPE" } }), 404, "not_found");
  });

  test("PUT /api/admin/stock needs a staff account: 401 signed out, a bearer token is no way in", async ({ request }) => {
    const { sku } = await findOnlineSku(request, 1);
    const data = { sku, location: "online", quantity: 7 };
    await expectApiError(await request.put("/api/admin/stock", { data }), 401, "unauthorized");
    await expectApiError(await request.put("/api/admin/stock", { data, headers: { Authorization: "Bearer anything" } }), 401, "unauthorized");
  });
});
