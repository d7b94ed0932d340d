import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForWorkerControl } from "./support/offline";
import { silenceSignupPrompt } from "./support/signup-prompt";

/**
 * docs/offline.md#adding-to-the-cart: an add is one durable step. The shopper taps "Ajouter au
 * panier" and leaves at once (the next product, the cart, closing the tab), many times, online
 * and offline; every tapped item must be in the cart afterwards. Each run is 5 such taps on an
 * empty cart; the test counts the runs that lost an item and expects none.
 */

const RUNS = Number(process.env.NO_LOST_ADDS_RUNS ?? 5);
const TAPS = 5;

interface ApiProduct {
  slug: string;
  availableOnline: boolean;
}

/** A phone's CPU (4x slower, as in bench-offline): the page's code runs well after its HTML is shown. */
async function slowPhone(page: Page): Promise<Page> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return page;
}

/** The device's cart as the app reads it: IndexedDB lines merged with the localStorage fallback (quantity > 0 only). */
async function deviceCart(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const result: Record<string, { sku: string; quantity: number; updatedAt: string }> = {};
    const keep = (line: { sku: string; quantity: number; updatedAt: string }) => {
      const known = result[line.sku];
      if (!known || known.updatedAt < line.updatedAt) result[line.sku] = line;
    };
    if ((await indexedDB.databases()).some((database) => database.name === "vitrine")) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("vitrine");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (db.objectStoreNames.contains("cart")) {
        const lines = await new Promise<{ sku: string; quantity: number; updatedAt: string }[]>((resolve, reject) => {
          const request = db.transaction("cart").objectStore("cart").getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        lines.forEach(keep);
      }
      db.close();
    }
    for (const line of JSON.parse(localStorage.getItem("vitrine.cart.fallback") ?? "[]")) keep(line);
    return Object.fromEntries(Object.values(result).filter((line) => line.quantity > 0).map((line) => [line.sku, line.quantity]));
  });
}

/** Empties the device's cart and outbox between runs (an anonymous cart lives only on the device). */
async function emptyDeviceCart(page: Page) {
  await page.evaluate(async () => {
    localStorage.removeItem("vitrine.cart.fallback");
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("vitrine");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(["cart", "outbox"], "readwrite");
      tx.objectStore("cart").clear();
      tx.objectStore("outbox").clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test("tapping 'Ajouter au panier' and leaving at once never loses an item, online and offline", async ({ page, context }) => {
  test.setTimeout(60_000 + RUNS * 2 * 30_000);
  await silenceSignupPrompt(context);
  await page.goto("/");
  await waitForWorkerControl(page);
  const response = await page.request.get("/api/products?limit=40&sort=price-asc");
  const products = ((await response.json()) as { items: ApiProduct[] }).items.filter((product) => product.availableOnline).slice(0, TAPS);
  expect(products).toHaveLength(TAPS);
  const urls = products.map((product) => `/products/${product.slug}`);
  // Visit each product once online, so the offline runs have the pages in the worker's cache.
  const skus: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    skus.push((await page.locator("[data-sku]").first().getAttribute("data-sku"))!);
  }
  await expect(page.getByRole("button", { name: "Ajouter au panier" })).toBeEnabled();
  await expectNoAxeViolations(page);

  const lostRuns: Record<string, number> = {};
  for (const mode of ["online", "offline"] as const) {
    lostRuns[mode] = 0;
    await context.setOffline(mode === "offline");
    for (let run = 0; run < RUNS; run += 1) {
      let tab = await slowPhone(await context.newPage());
      await tab.goto("/cart");
      await emptyDeviceCart(tab);
      for (let tap = 0; tap < TAPS; tap += 1) {
        // Tap as soon as the button is there and enabled (Playwright's actionability), then leave
        // at once: the next product, the cart, or the tab closed (the last tap of odd runs).
        await tab.goto(urls[tap]!, { waitUntil: "commit" });
        await tab.getByRole("button", { name: "Ajouter au panier" }).click();
        if (tap < TAPS - 1) continue;
        if (run % 2 === 1) {
          await tab.close();
          tab = await slowPhone(await context.newPage());
        }
        await tab.goto("/cart", { waitUntil: "commit" });
      }
      await tab.waitForLoadState("load");
      const cart = await deviceCart(tab);
      const lost = skus.filter((sku) => !cart[sku]);
      if (lost.length) lostRuns[mode] += 1;
      test.info().annotations.push({ type: `${mode} run ${run + 1}`, description: lost.length ? `lost ${lost.join(", ")}` : "all 5 in the cart" });
      if (run === RUNS - 1) {
        // The cart page shows what the device holds.
        for (const sku of skus.filter((code) => cart[code])) await expect(tab.locator(`[data-cart-line="${sku}"]`)).toBeVisible();
        await expectNoAxeViolations(tab);
      }
      await tab.close();
    }
  }
  await context.setOffline(false);
  test.info().annotations.push({ type: "runs that lost an item", description: `online ${lostRuns.online} of ${RUNS}, offline ${lostRuns.offline} of ${RUNS}` });
  console.log(`runs that lost an item: online ${lostRuns.online} of ${RUNS}, offline ${lostRuns.offline} of ${RUNS}`);
  expect(lostRuns).toEqual({ online: 0, offline: 0 });
});
