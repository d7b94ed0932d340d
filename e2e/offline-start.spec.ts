import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { brokenImages, waitForWorkerControl, waitForMirror } from "./support/offline";

/**
 * docs/offline.md#offline-start, the installed-app user who opens the shop in the metro: the first
 * visit to `/` happened before the service worker existed, so the worker never saw that page.
 * Offline, the start URL (`/`, the manifest's `start_url`) is drawn from the catalog mirror by
 * the catalog shell, with products, one offline banner and no broken pictures; the offline
 * page's "Accueil" leads there too, and the offline cart shows names and prices from the mirror.
 */
test("the home opens offline after a first visit the worker did not control", async ({ page, context }) => {
  await page.goto("/");
  // A fresh browser: nothing controlled this first visit.
  expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true);
  await waitForWorkerControl(page);
  await waitForMirror(page);
  // So `/` is not among the pages the worker kept: what follows is the mirror at work.
  expect(await page.evaluate(async () => (await (await caches.open("vitrine-pages-v1")).match("/")) !== undefined)).toBe(false);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "La nouvelle saison est arrivée" })).toBeVisible();
  const selection = page.getByRole("region", { name: "Une sélection de nos rayons" });
  await expect(selection.getByRole("listitem").first()).toBeVisible();
  expect(await selection.getByRole("listitem").count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole("region", { name: "Nos rayons" }).getByRole("link").first()).toBeVisible();
  // One offline banner, not the header's and the shell's stacked.
  await expect(page.getByRole("status", { name: "Hors ligne" })).toHaveCount(1);
  // Pictures the device does not have become placeholders of the same size, never broken icons.
  await expect.poll(() => brokenImages(page)).toEqual([]);
  const firstPicture = selection.locator("img").first();
  const box = (await firstPicture.boundingBox())!;
  expect(Math.abs(box.height / box.width - 5 / 4)).toBeLessThan(0.02);
  await expectNoAxeViolations(page);

  // A product of the selection, from the mirror, into the cart.
  const productName = (await selection.getByRole("link").first().textContent())!.trim();
  await selection.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: productName })).toBeVisible();
  const add = page.getByRole("button", { name: "Ajouter au panier" });
  if (await add.isVisible()) {
    await add.click();
    await expect(page.getByText("Ajouté au panier")).toBeVisible();
    await page.goto("/cart");
    const line = page.locator("[data-cart-line]").first();
    await expect(line.getByRole("heading", { level: 2 })).toHaveText(productName);
    await expect(line).toContainText("€");
    await expect.poll(() => brokenImages(page)).toEqual([]);
    await expect(page.getByRole("status", { name: "Hors ligne" })).toHaveCount(1);
    await expectNoAxeViolations(page);
  }

  // A page the device never had: the offline page, whose "Accueil" now leads to a working home.
  await page.goto("/stores");
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes hors ligne" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Accueil" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "La nouvelle saison est arrivée" })).toBeVisible();
  // Drawn from the mirror, or from what the app's router still holds: either way a home with products and prices.
  await expect(page.getByRole("main").getByRole("heading", { level: 2 }).nth(1)).toBeVisible();
  await expect(page.getByRole("main")).toContainText("€");
  await expect.poll(() => brokenImages(page)).toEqual([]);
});
