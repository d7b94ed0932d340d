import { expect, test, type Page } from "@playwright/test";
import { CACHE_NAMES } from "../lib/offline/cache-names";
import { findSoldOutOnlineSku } from "./support/stock";
import { waitForWorkerControl } from "./support/offline";

/**
 * Issue 9, item 9 (docs/offline.md, "What the worker stores"): whatever the shopper browses,
 * including a reservation page reached by its secret link, no response the service worker's
 * caches keep (runtime and precache) carries `no-store` or `private`, and the personal page is in no cache at all.
 */
const RUNTIME_CACHES = Object.values(CACHE_NAMES) as string[];

interface StoredEntry {
  cache: string;
  url: string;
  cacheControl: string | null;
}

/** Every entry of every Cache Storage cache of the origin, with its Cache-Control header. */
function readAllCaches(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(async () => {
    const entries: StoredEntry[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push({ cache: name, url: request.url, cacheControl: response?.headers.get("Cache-Control") ?? null });
      }
    }
    return entries;
  });
}

test("the service worker stores nothing marked no-store or private, and no reservation page", async ({ page, request }) => {
  test.setTimeout(120_000);
  const { product, sku, stores } = await findSoldOutOnlineSku(request);
  const created = await request.post("/api/reservations", { data: { sku, store: stores[0]!.slug, quantity: 1, email: "cache-check@example.org" } });
  expect(created.status()).toBe(201);
  const reservation = (await created.json()) as { id: string; code: string; url: string };
  const reservationPath = new URL(reservation.url, "http://x");

  await page.goto("/");
  await waitForWorkerControl(page);
  // Pages a shopper visits: catalog (kept for offline use), cart, stores, sign-in, and their reservation.
  const visited = [`/products/${product.slug}`, `/categories/${product.category}`, "/search?q=robe", "/cart", "/stores", "/login", reservationPath.pathname + reservationPath.search];
  for (const path of visited) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await expect(page.getByText(reservation.code).first()).toBeVisible();
  // The worker's cache writes happen after the response is handed over: let them land.
  await page.waitForTimeout(1500);

  const entries = await readAllCaches(page);
  expect(entries.filter((entry) => entry.url.includes(`/reservations/${reservation.id}`))).toEqual([]);
  const runtime = entries.filter((entry) => RUNTIME_CACHES.includes(entry.cache));
  // The check must have something to look at: the pages' code and images are kept.
  expect(runtime.some((entry) => entry.url.includes("/_next/static/"))).toBe(true);
  expect(runtime.some((entry) => entry.url.includes("/images/products/"))).toBe(true);
  // Every cache, the precached shells included: none may hold a response marked personal.
  const personal = entries.filter((entry) => /(^|,)\s*(no-store|private)\b/i.test(entry.cacheControl ?? ""));
  expect(personal, JSON.stringify(personal, null, 1)).toEqual([]);
});
