import { expect, test, type APIResponse } from "@playwright/test";
import type { Category, Product, ProductSummary } from "../lib/catalog/types";
import type { Store } from "../lib/stores/types";

/**
 * The JSON API against a running `next start` (docs/api.md): hostile input is a 4xx in the
 * error shape, never a 500 and never a crash, and the happy paths keep their contract.
 */

const LYON = { lat: 45.764, lng: 4.8357 };
const SQL = "' OR 1=1 --";
const LONG = "a".repeat(10_000);

type Params = Record<string, string | number>;
type BadInput = { path: string; params?: Params; status: number; code: string };

async function expectApiError(response: APIResponse, status: number, code: string) {
  const where = response.url().slice(0, 120);
  expect(response.status(), where).toBe(status);
  expect(response.headers()["content-type"], where).toContain("application/json");
  const body = (await response.json()) as unknown;
  expect(body, where).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) });
  const { error } = body as { error: { code: string; message: string } };
  expect(error.code, where).toMatch(/^[a-z]+(_[a-z]+)*$/);
  expect(error.code, where).toBe(code);
  expect(error.message.length, where).toBeGreaterThan(0);
  // A message is for people: it never echoes a 10 kB input back.
  expect(error.message.length, where).toBeLessThan(500);
}

async function expectHealthy(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: expect.stringMatching(/^(pglite|postgres)$/) });
}

const BAD_INPUTS: BadInput[] = [
  // /api/products: the listing's parameters
  { path: "/api/products", params: { page: -1 }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { page: 0 }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { page: "abc" }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { page: 1.5 }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { limit: 10 ** 9 }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { limit: -5 }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { q: LONG }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { sort: "price; drop table products" }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { min: 50, max: 10 }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { category: SQL }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { category: LONG }, status: 400, code: "bad_request" },
  { path: "/api/products", params: { category: "no-such-category" }, status: 404, code: "not_found" },
  // /api/products/[slug]: a segment that names no product is a 404, whatever it looks like
  { path: "/api/products/no-such-product", status: 404, code: "not_found" },
  { path: `/api/products/${encodeURIComponent(SQL)}`, status: 404, code: "not_found" },
  { path: `/api/products/${LONG}`, status: 404, code: "not_found" },
  // /api/catalog: cursors are non-negative integers, limit 1–1000
  { path: "/api/catalog", params: { since: -1 }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { since: "abc" }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { since: 1.5 }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { since: SQL }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { since: "9".repeat(40) }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { limit: 0 }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { limit: 10 ** 9 }, status: 400, code: "bad_request" },
  { path: "/api/catalog", params: { limit: "abc" }, status: 400, code: "bad_request" },
  // /api/stores: a position is lat and lng together, in range; one origin at a time
  { path: "/api/stores", params: { lat: "abc", lng: LYON.lng }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { lat: 91, lng: LYON.lng }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { lat: LYON.lat, lng: -181 }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { lat: "Infinity", lng: LYON.lng }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { lat: LYON.lat }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { lng: LYON.lng }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { ...LYON, postcode: "69003" }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { postcode: "99999" }, status: 400, code: "unknown_postcode" },
  { path: "/api/stores", params: { postcode: "1' OR '1" }, status: 400, code: "unknown_postcode" },
  { path: "/api/stores", params: { postcode: LONG }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { city: "Atlantide-sur-Mer" }, status: 400, code: "unknown_city" },
  { path: "/api/stores", params: { city: LONG }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { sku: SQL }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { sku: LONG }, status: 400, code: "bad_request" },
  { path: "/api/stores", params: { sku: "VIT-0000-NOPE" }, status: 404, code: "not_found" },
];

test.describe("JSON API: bad input", () => {
  for (const { path, params, status, code } of BAD_INPUTS) {
    const label = `${path.slice(0, 40)} ${JSON.stringify(params ?? {}).slice(0, 60)} → ${status} ${code}`;
    test(label, async ({ request }) => {
      await expectApiError(await request.get(path, { params }), status, code);
    });
  }

  test("SQL- and tsquery-looking searches are ordinary searches", async ({ request }) => {
    for (const q of [SQL, "'); drop table products; --", "robe:* | !", "&&&"]) {
      const response = await request.get("/api/products", { params: { q } });
      expect(response.status(), q).toBe(200);
      const body = (await response.json()) as { items: unknown[]; total: number };
      expect(Array.isArray(body.items), q).toBe(true);
      expect(typeof body.total, q).toBe("number");
    }
  });

  test("the server is still healthy afterwards", async ({ request }) => {
    await expectHealthy(await request.get("/api/health"));
  });
});

test.describe("JSON API: contract", () => {
  test("health says which database answers", async ({ request }) => {
    const response = await request.get("/api/health");
    await expectHealthy(response);
    expect(response.headers()["cache-control"]).toContain("no-store");
  });

  test("products list summaries with image URLs, a total and the page", async ({ request }) => {
    const first = await request.get("/api/products", { params: { category: "robes", limit: 5 } });
    expect(first.status()).toBe(200);
    const page1 = (await first.json()) as { items: ProductSummary[]; total: number; page: number };
    expect(page1.page).toBe(1);
    expect(page1.items).toHaveLength(5);
    expect(page1.total).toBeGreaterThan(5);
    for (const item of page1.items) {
      expect(item).toMatchObject({ category: "robes", currency: "EUR", availableOnline: expect.any(Boolean) });
      expect(item.image).toMatch(/^\/images\/products\/.+\.webp$/);
      expect(Number.isInteger(item.priceCents)).toBe(true);
    }
    const page2 = (await (await request.get("/api/products", { params: { category: "robes", limit: 5, page: 2 } })).json()) as typeof page1;
    expect(page2.total).toBe(page1.total);
    expect(page2.items.map((i) => i.slug)).not.toContain(page1.items[0]!.slug);
  });

  test("a product has its SKUs with online and store stock, and image URLs that load", async ({ request }) => {
    const list = (await (await request.get("/api/products", { params: { limit: 1 } })).json()) as { items: ProductSummary[] };
    const slug = list.items[0]!.slug;
    const response = await request.get(`/api/products/${slug}`);
    expect(response.status()).toBe(200);
    const product = (await response.json()) as Product;
    expect(product).toMatchObject({ slug, currency: "EUR", category: expect.any(String), brand: expect.any(String) });
    expect(product.skus.length).toBeGreaterThan(0);
    for (const sku of product.skus) {
      expect(sku).toMatchObject({ sku: expect.any(String), label: expect.any(String) });
      expect(sku.onlineStock).toBeGreaterThanOrEqual(0);
      expect(sku.storeStock).toBeGreaterThanOrEqual(0);
    }
    expect(product.images[0]).toMatch(/^\/images\/products\/.+-960\.webp$/);
    expect((await request.get(product.images[0]!)).status()).toBe(200);
  });

  test("the catalog feed pages with a cursor and must be revalidated", async ({ request }) => {
    const response = await request.get("/api/catalog", { params: { limit: 5 } });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    type Feed = { cursor: string; products: Product[]; categories: Category[]; deleted: string[]; hasMore: boolean };
    const first = (await response.json()) as Feed;
    expect(first.cursor).toMatch(/^\d+$/);
    expect(first.products).toHaveLength(5);
    expect(first.categories.length).toBeGreaterThan(0);
    expect(Array.isArray(first.deleted)).toBe(true);
    expect(first.hasMore).toBe(true);
    const next = (await (await request.get("/api/catalog", { params: { since: first.cursor, limit: 5 } })).json()) as Feed;
    expect(Number(next.cursor)).toBeGreaterThan(Number(first.cursor));
    const firstSlugs = new Set(first.products.map((p) => p.slug));
    expect(next.products.some((p) => firstSlugs.has(p.slug))).toBe(false);
  });

  test("stores without an origin come with hours and open state, no distance", async ({ request }) => {
    const { stores } = (await (await request.get("/api/stores")).json()) as { stores: Store[] };
    expect(stores.length).toBeGreaterThanOrEqual(12);
    for (const store of stores) {
      expect(store).toMatchObject({ slug: expect.any(String), postcode: expect.any(String), openNow: expect.any(Boolean) });
      expect(store.openingHours).toHaveLength(7);
      expect(store).not.toHaveProperty("distanceKm");
    }
  });

  test("stores are nearest first from Lyon", async ({ request }) => {
    const { stores } = (await (await request.get("/api/stores", { params: LYON })).json()) as { stores: Store[] };
    const distances = stores.map((s) => s.distanceKm!);
    expect(distances.every((d) => typeof d === "number")).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(stores[0]!.city).toBe("Lyon");
  });

  test("stores for a SKU sold out online all have it, nearest first, never cached", async ({ request }) => {
    const feed = (await (await request.get("/api/catalog", { params: { limit: 1000 } })).json()) as { products: Product[] };
    const soldOutOnline = feed.products.flatMap((p) => p.skus).find((s) => s.onlineStock === 0 && s.storeStock > 0);
    expect(soldOutOnline, "the demo data has SKUs only in stores").toBeDefined();

    const response = await request.get("/api/stores", { params: { sku: soldOutOnline!.sku, ...LYON } });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const { stores } = (await response.json()) as { stores: Store[] };
    expect(stores.length).toBeGreaterThan(0);
    for (const store of stores) expect(store.stock).toBeGreaterThan(0);
    expect(stores.reduce((sum, s) => sum + s.stock!, 0)).toBe(soldOutOnline!.storeStock);
    const distances = stores.map((s) => s.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  test("a postcode or a city stands for a position", async ({ request }) => {
    for (const params of [{ postcode: "69002" }, { city: "Lyon" }] as Params[]) {
      const { stores } = (await (await request.get("/api/stores", { params })).json()) as { stores: Store[] };
      expect(stores[0]!.city, JSON.stringify(params)).toBe("Lyon");
      expect(stores[0]!.distanceKm).toBeLessThan(5);
    }
  });
});
