import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * docs/contract.md#journeys, the mobile shopper's first visit: a campaign link, categories, filters, a
 * product, search; and the store locator of a shopper who wants to see the goods first.
 * Runs on the phone and desktop projects; every page visited is checked with axe.
 */

test("a campaign visitor browses a category, filters it and opens a product", async ({ page }) => {
  // The demo's campaign for this source shapes the home page (docs/back-office.md).
  await page.goto("/?utm_source=newsletter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La sélection d’hiver de la newsletter");
  await expectNoAxeViolations(page);

  const categories = page.getByRole("navigation", { name: "Catégories" });
  const firstCategory = categories.getByRole("link").first();
  const categoryName = (await firstCategory.textContent())!.trim();
  await firstCategory.click();
  await expect(page.getByRole("heading", { level: 1, name: categoryName })).toBeVisible();
  await expectNoAxeViolations(page);

  // Cheapest first: the listing's prices are in ascending order.
  await page.goto(`${new URL(page.url()).pathname}?sort=price-asc`);
  const priceTexts = await page.locator("main ul li h3 + p > span:first-child").allTextContents();
  const prices = priceTexts.map((text) => Number(text.replace(/[^\d,]/g, "").replace(",", ".")));
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  await page.locator("main li h3 a").first().click();
  await expect(page).toHaveURL(/\/products\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("[data-stock-status]")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the category row keeps every label on one line and every category within reach", async ({ page }, testInfo) => {
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Catégories" }).getByRole("link");
  const boxes = await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThanOrEqual(10);
  // One row, one line each: every link at the same top and the same height.
  expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
  expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
  // At 1366 px the demo's ten fit (an import may have added more: the row then scrolls); on a
  // phone the row scrolls, and a focused link scrolls into view.
  if (testInfo.project.name === "desktop") for (const link of (await links.all()).slice(0, 10)) await expect(link).toBeInViewport({ ratio: 1 });
  await links.last().focus();
  await expect(links.last()).toBeInViewport({ ratio: 1 });
});

test("search finds products by word, and an unknown word says so", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("search");
  await search.getByRole("combobox", { name: "Rechercher un produit" }).fill("pull");
  await search.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("pull");
  await expect(page.locator("main li h3 a").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/search?q=zzzyyyxxx");
  await expect(page.getByText("Aucun résultat")).toBeVisible();
});

test("the store locator lists stores nearest first from a postcode, and a store page shows its hours", async ({ page }) => {
  await page.goto("/stores");
  await expect(page.getByRole("heading", { level: 1, name: "Nos magasins" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Code postal ou ville").fill("69003");
  await page.getByRole("button", { name: "Trouver" }).click();
  await expect(page.getByRole("heading", { name: /Magasins les plus proches de Lyon/ })).toBeVisible();
  const distances = await page.locator("main article").evaluateAll((cards) =>
    cards.map((card) => Number(card.querySelector("p.tabular-nums")?.textContent?.replace(/[^\d,]/g, "").replace(",", "."))),
  );
  expect(distances.length).toBeGreaterThanOrEqual(12);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));

  await page.locator("main article h2 a").first().click();
  await expect(page.getByRole("table", { name: "Horaires de la semaine" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Itinéraire/ })).toHaveAttribute("href", /openstreetmap\.org\/directions/);
  await expectNoAxeViolations(page);
});

test("an unknown place and an unknown product are told plainly", async ({ page }) => {
  await page.goto("/stores?near=Atlantide");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Atlantide");

  const response = await page.goto("/products/no-such-product");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the shopper can switch the storefront to English", async ({ page }) => {
  await page.goto("/stores");
  await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Our stores" })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/stores$/);
  await expect(page.getByRole("link", { name: "Cart" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // English has its own URLs: links stay in English, and French is one link away.
  await page.getByRole("link", { name: "Cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("heading", { level: 1, name: "Panier" })).toBeVisible();
});

test("each language page names the other as an alternate", async ({ page }) => {
  await page.goto("/en/stores/paris-opera");
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /[^n]\/stores\/paris-opera$/);
  await page.goto("/stores/lyon-part-dieu");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/stores\/lyon-part-dieu$/);
});
