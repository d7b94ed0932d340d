import { expect, test } from "@playwright/test";
import { allProducts, findOnlineSku } from "./support/stock";

/**
 * Catalog pages are cached whole and shared by every shopper (docs/scaling.md): the response
 * sets no cookie and holds nothing personal, and the stock it shows never lags the live stream.
 */

const PASSWORD = "correct horse battery staple 42";

test.describe("cached catalog pages", () => {
  test("a product page sets no cookie and holds nothing personal for a signed-in shopper", async ({ playwright, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "HTTP only: once is enough");
    const shopper = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    const name = `Zélie Personnelle ${Date.now()}`;
    const email = `cached-${Date.now()}@example.org`;
    const signUp = await shopper.post("/api/auth/sign-up/email", { data: { name, email, password: PASSWORD } });
    expect(signUp.status()).toBe(200);
    const { product } = await findOnlineSku(shopper);

    for (const path of [`/products/${product.slug}`, `/en/products/${product.slug}`, `/products/${product.slug}?sku=${encodeURIComponent(product.skus[0]!.sku)}`]) {
      // The second answer is the cached copy; neither may carry the shopper.
      for (let i = 0; i < 2; i++) {
        const response = await shopper.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()["set-cookie"], path).toBeUndefined();
        expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
        const html = await response.text();
        expect(html, path).not.toContain(email);
        expect(html, path).not.toContain(name);
      }
    }
    // The header learns who is there from a private answer instead.
    const session = await shopper.get("/api/session");
    expect(session.headers()["cache-control"]).toContain("no-store");
    expect(await session.json()).toEqual({ signedIn: true });
    await shopper.dispose();
  });

  test("reserving the last units: a second tab's cached product page says sold out within 2 s", async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one journey is enough");
    // A SKU sold out online whose store units a few reservations can take (at most 5 each).
    const stores = async (sku: string) =>
      ((await (await request.get("/api/stores", { params: { sku } })).json()) as { stores: { slug: string; stock: number }[] }).stores;
    let target: { slug: string; sku: string; held: { slug: string; stock: number }[] } | undefined;
    for (const product of await allProducts(request)) {
      for (const sku of product.skus) {
        if (sku.onlineStock !== 0 || sku.storeStock === 0 || sku.storeStock > 10) continue;
        const held = await stores(sku.sku);
        if (held.every((store) => store.stock <= 5)) target = { slug: product.slug, sku: sku.sku, held };
        if (target) break;
      }
      if (target) break;
    }
    expect(target, "a SKU sold out online with a few units in stores").toBeDefined();
    const url = `/products/${target!.slug}?sku=${encodeURIComponent(target!.sku)}`;
    // Rendered (or, if an older copy was stale, regenerated in the background) so that the tab
    // below is served the cached copy.
    await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"], { timeout: 10_000 }).toBe("HIT");

    const streaming = page.waitForRequest(/\/api\/stock\/stream/);
    await page.goto(url);
    await expect(page.getByRole("link", { name: "Voir la disponibilité en magasin" })).toBeVisible();
    await streaming;

    for (const [index, store] of target!.held.entries()) {
      const response = await request.post("/api/reservations", {
        data: { sku: target!.sku, store: store.slug, quantity: store.stock, email: `last-${Date.now()}-${index}@example.org` },
      });
      expect(response.status()).toBe(201);
    }
    const reserved = Date.now();
    await expect(page.locator("#buy-box").getByText("Épuisé partout pour le moment")).toBeVisible({ timeout: 2000 });
    expect(Date.now() - reserved).toBeLessThan(2000);
    await expect(page.getByRole("link", { name: "Voir la disponibilité en magasin" })).toHaveCount(0);
  });
});
