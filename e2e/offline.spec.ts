import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMirror, waitForWorkerControl } from "./support/offline";
import { allProducts } from "./support/stock";

/**
 * docs/contract.md#journeys and docs/offline.md, the shopper in the metro and the installed-app user: the real service
 * worker (public/sw.js, built by `npm run build`) on real Chromium, the network cut with
 * `context.setOffline(true)`. Visited and never-visited catalog pages, search and the cart work
 * offline; a deploy shows the update prompt and "Mettre à jour" moves the tab to it.
 */

interface ApiProduct {
  slug: string;
  name: string;
  category: string;
  priceCents: number;
  availableOnline: boolean;
}

async function workerRevision(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve((event.data as { revision: string }).revision);
        navigator.serviceWorker.controller!.postMessage({ type: "GET_VERSION" }, [channel.port2]);
      }),
  );
}

async function productsOf(page: Page, query: string): Promise<ApiProduct[]> {
  const response = await page.request.get(`/api/products?${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: ApiProduct[] }).items;
}

test("offline, visited pages, never-visited products and categories, and search still work", async ({ page, context }) => {
  await page.goto("/");
  await waitForWorkerControl(page);
  const categoryLinks = page.getByRole("navigation", { name: "Catégories" }).getByRole("link");
  const visitedHref = (await categoryLinks.nth(0).getAttribute("href"))!;
  const otherHref = (await categoryLinks.nth(1).getAttribute("href"))!;
  const otherName = (await categoryLinks.nth(1).textContent())!.trim();

  await page.goto(visitedHref);
  await page.locator("main li h3 a").first().click();
  await expect(page).toHaveURL(/\/products\//);
  const visitedProductUrl = page.url();
  const visitedProduct = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  const otherCategory = otherHref.split("/").pop()!;
  const [unvisited] = (await productsOf(page, `category=${otherCategory}&limit=1&sort=price-desc`)).filter((product) => product.category === otherCategory);
  expect(unvisited, "a product in the second category").toBeTruthy();
  await waitForMirror(page);

  await context.setOffline(true);

  await page.goto(visitedProductUrl);
  await expect(page.getByRole("heading", { level: 1, name: visitedProduct })).toBeVisible();
  await expect(page.getByRole("status", { name: "Hors ligne" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Never visited: the catalog shell draws it from the mirror, with only this category's products.
  await page.goto(otherHref);
  await expect(page.getByRole("heading", { level: 1, name: otherName })).toBeVisible();
  await expect(page.getByRole("link", { name: unvisited!.name }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: visitedProduct, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/products/${unvisited!.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: unvisited!.name })).toBeVisible();
  await expect(page.getByText("copie du catalogue")).toBeVisible();
  // One offline banner: the shell's own, never stacked with the header's.
  await expect(page.getByRole("status", { name: "Hors ligne" })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.goto(`/search?q=${encodeURIComponent(unvisited!.name)}`);
  await expect(page.getByRole("heading", { level: 1, name: `Résultats pour « ${unvisited!.name} »` })).toBeVisible();
  await expect(page.locator("main li h2 a").first()).toHaveText(unvisited!.name);
  await expectNoAxeViolations(page);

  // Not a catalog page and never visited: the offline page.
  await page.goto("/stores");
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes hors ligne" })).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await page.goto("/stores");
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes hors ligne" })).toHaveCount(0);
});

/** The listing's count as the server renders it (fetched outside the worker, so nothing is cached). */
async function onlineCount(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  return html.match(/id="listing-count"[^>]*>([^<]+)</)![1]!;
}

test("offline, the catalog shell shows colour and size as separate choices and counts like the online pages", async ({ page, context }) => {
  await page.goto("/");
  await waitForWorkerControl(page);
  const products = await allProducts(page.request);
  const distinct = (values: (string | null)[]) => [...new Set(values)];
  const target = products.find(
    (product) => distinct(product.skus.map((sku) => sku.colour)).length > 1 && distinct(product.skus.map((sku) => sku.size)).length > 1 && product.skus.some((sku) => sku.onlineStock > 0),
  )!;
  expect(target, "a product in several colours and sizes").toBeTruthy();
  const first = target.skus.find((sku) => sku.onlineStock > 0)!;
  const other = target.skus.find((sku) => sku.colour !== first.colour && sku.size === first.size) ?? target.skus.find((sku) => sku.colour !== first.colour)!;
  const searches = ["robes", target.name];
  const online = await Promise.all(searches.map((q) => onlineCount(page, `/search?q=${encodeURIComponent(q)}`)));
  const categoryCount = await onlineCount(page, `/categories/${target.category}`);
  await waitForMirror(page);

  await context.setOffline(true);
  await page.goto(`/products/${target.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: target.name })).toBeVisible();
  await expect(page.getByText("copie du catalogue")).toBeVisible();
  const colour = page.getByRole("radiogroup", { name: /^Couleur/ });
  await expect(colour).toContainText(first.colour!);
  await expect(page.getByRole("radiogroup", { name: "Taille" }).getByRole("radio", { name: first.size!, exact: true })).toHaveAttribute("aria-checked", "true");
  // No merged "Bordeaux · S" chips any more.
  await expect(page.getByRole("radio", { name: first.label, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Its name may say it is sold out online in this size ("Camel, épuisé en ligne"): match the colour's start.
  await colour.getByRole("radio", { name: new RegExp(`^${other.colour}(,|$)`) }).click();
  await expect(colour.getByRole("radio", { name: new RegExp(`^${other.colour}`) })).toHaveAttribute("aria-checked", "true");
  await expect(page.locator("[data-sku]")).toHaveAttribute("data-sku", other.sku);
  await expect(page).toHaveURL(new RegExp(`[?&]sku=${encodeURIComponent(other.sku)}`));
  await expect(page.getByRole("heading", { level: 1, name: target.name })).toBeVisible();

  // The same ICU count as online ("1 produit", "28 produits"), and the same number.
  for (const [index, q] of searches.entries()) {
    expect(online[index]).toMatch(/^(1 produit|\d+ produits)$/);
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { level: 1, name: `Résultats pour « ${q} »` })).toBeVisible();
    await expect(page.getByText(online[index]!, { exact: true })).toBeVisible();
  }
  // The shell reads the cards it shows, 24 at a time, as far as the count goes.
  await page.goto("/search?q=robes");
  const total = Number(/\d+/.exec(online[0]!)![0]);
  expect(total, "more dresses than one screenful").toBeGreaterThan(24);
  const cards = page.locator("main li h2 a");
  await expect(cards).toHaveCount(24);
  await page.getByRole("button", { name: "Afficher plus" }).click();
  await expect(cards).toHaveCount(Math.min(total, 48));
  await page.goto(`/categories/${target.category}`);
  await expect(page.getByText(categoryCount, { exact: true })).toBeVisible();
  await expect(page.getByText(/produit\(s\)/)).toHaveCount(0);
});

test("an item added offline stays in the cart after a reload, in every tab, and back online", async ({ page, context }) => {
  await page.goto("/");
  await waitForWorkerControl(page);
  const [product] = (await productsOf(page, "limit=40&sort=price-asc")).filter((candidate) => candidate.availableOnline);
  expect(product, "a product sold online").toBeTruthy();
  await waitForMirror(page);

  const otherTab = await context.newPage();
  await otherTab.goto("/cart");
  await expect(otherTab.getByText("Votre panier est vide.")).toBeVisible();

  await context.setOffline(true);
  await page.goto(`/products/${product!.slug}`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByText("Ajouté au panier")).toBeVisible();
  // The header link keeps its name; the count is shown beside it.
  await expect(page.getByRole("link", { name: "Panier", exact: true })).toContainText("1");

  // The other tab hears of it (BroadcastChannel) without a reload.
  await expect(otherTab.getByRole("link", { name: product!.name })).toBeVisible();

  await page.goto("/cart");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Panier" })).toBeVisible();
  await expect(page.getByRole("link", { name: product!.name })).toBeVisible();
  await page.getByLabel("Quantité").selectOption("2");
  await expect(page.locator("[data-cart-total-cents]")).toHaveAttribute("data-cart-total-cents", String(2 * product!.priceCents));
  await expect(page.getByText("la commande sera possible au retour du réseau", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // Back online, the outbox is replayed (signed out: the server has no cart) and nothing is lost.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole("link", { name: product!.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Passer commande" })).toBeVisible();

  await page.getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByText("Votre panier est vide.")).toBeVisible();
  await expect(otherTab.getByText("Votre panier est vide.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Votre panier est vide.")).toBeVisible();
  await otherTab.close();
});

// Tagged: it rewrites public/sw.js, which every server of this build serves, so `npm test` runs it alone.
test.describe("a new deploy", { tag: "@deploy" }, () => {
  const rebuildWorker = (revision?: string) =>
    execFileSync("node", ["scripts/build-sw.mjs"], { env: { ...process.env, SW_REVISION: revision ?? "" }, stdio: "pipe" });

  // Leave public/sw.js as `npm run build` made it.
  test.afterAll(() => {
    rebuildWorker();
  });

  test("shows the update prompt, and accepting it moves the tab to the new version without errors", async ({ page, context }, testInfo) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/");
    await waitForWorkerControl(page);
    const before = await workerRevision(page);

    // An older tab stays open through the update.
    const oldTab = await context.newPage();
    oldTab.on("pageerror", (error) => errors.push(error.message));
    await oldTab.goto("/cart");

    const revision = `e2e-${testInfo.project.name}-${Date.now()}`;
    rebuildWorker(revision);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const prompt = page.getByRole("region", { name: "Nouvelle version disponible" });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // The new worker waits for the shopper: still the old one in control.
    expect(await workerRevision(page)).toBe(before);
    await expectNoAxeViolations(page);

    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Mettre à jour" }).click();
    await reloaded;
    await expect(page.getByRole("region", { name: "Nouvelle version disponible" })).toHaveCount(0);
    expect(await workerRevision(page)).toMatch(new RegExp(`\\.${revision}$`));

    // Both tabs keep working on the new worker: client navigations load their chunks.
    await page.getByRole("navigation", { name: "Catégories" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/categories\//);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await oldTab.getByRole("banner").getByRole("link", { name: "Magasins" }).click();
    await expect(oldTab).toHaveURL(/\/stores/);
    await expect(oldTab.getByRole("heading", { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
    await oldTab.close();
  });
});
