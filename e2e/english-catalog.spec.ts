import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMirror, waitForWorkerControl } from "./support/offline";

/**
 * docs/catalog-languages.md: the catalog in English under /en, online and offline. Category
 * names, product names and descriptions, colour and size labels come from the translation
 * tables (French where a text is missing); English search matches the products' English words.
 * Runs on the phone and desktop projects; every page visited is checked with axe.
 */

interface ApiSku {
  sku: string;
  colour: string | null;
  colourLabel: string | null;
}
interface ApiProduct {
  slug: string;
  name: string;
  description: string;
  category: string;
  skus: ApiSku[];
}

async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

/** A dress sold in burgundy, in both languages, from the JSON API. */
async function burgundyDress(page: Page): Promise<{ fr: ApiProduct; en: ApiProduct }> {
  const { items } = await api<{ items: { slug: string }[] }>(page, "/api/products?category=robes&q=bordeaux&limit=1");
  const slug = items[0]!.slug;
  const [fr, en] = await Promise.all([api<ApiProduct>(page, `/api/products/${slug}`), api<ApiProduct>(page, `/api/products/${slug}?locale=en`)]);
  return { fr, en };
}

test("an English category page shows the English category heading and English product names", async ({ page }) => {
  await page.goto("/en/categories/robes");
  await expect(page.getByRole("heading", { level: 1, name: "Dresses & skirts" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Dresses & skirts" })).toBeVisible();
  const names = await page.locator("main li h3 a").allTextContents();
  expect(names.length).toBeGreaterThan(5);
  for (const name of names) expect(name).toMatch(/ (dress|skirt) in [a-z]/i);
  await expectNoAxeViolations(page);

  // The French page is unchanged.
  await page.goto("/categories/robes");
  await expect(page.getByRole("heading", { level: 1, name: "Robes & jupes" })).toBeVisible();
  for (const name of await page.locator("main li h3 a").allTextContents()) expect(name).toMatch(/^(Robe|Jupe) .* en /);
});

test("an English product page shows the English name, description and colour names", async ({ page }) => {
  const { fr, en } = await burgundyDress(page);
  expect(en.name).not.toBe(fr.name);
  await page.goto(`/en/products/${en.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: en.name })).toBeVisible();
  await expect(page.getByText(en.description)).toBeVisible();
  const colours = page.getByRole("radiogroup", { name: "Colour" });
  await expect(colours.getByRole("radio", { name: /^Burgundy/ })).toBeVisible();
  await expect(colours.getByRole("radio", { name: /^Bordeaux/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(page).toHaveTitle(new RegExp(en.name));
});

test("recently viewed on an English page names the product in English", async ({ page }) => {
  const { fr, en } = await burgundyDress(page);
  // The view's own request: the session's start goes out on the same endpoint, sometimes first.
  const recorded = page.waitForResponse(
    (response) => response.url().endsWith("/api/events") && response.request().method() === "POST" && (response.request().postData() ?? "").includes(`"product":"${en.slug}"`),
  );
  await page.goto(`/en/products/${en.slug}`);
  expect((await recorded).status()).toBeLessThan(300);
  await page.goto("/en");
  const rail = page.getByRole("region", { name: "Recently viewed" });
  await expect(rail.getByRole("link", { name: en.name })).toBeVisible();
  await expect(rail.getByRole("link", { name: fr.name })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("English search: 'dress' returns dresses under their English names", async ({ page }) => {
  await page.goto("/en/search?q=dress");
  await expect(page.getByRole("heading", { level: 1, name: "Results for “dress”" })).toBeVisible();
  const names = await page.locator("main li h3 a").allTextContents();
  expect(names.length).toBeGreaterThan(5);
  expect(names.filter((name) => /dress/i.test(name)).length).toBeGreaterThan(names.length / 2);
  await expectNoAxeViolations(page);
});

test("the JSON API answers in the asked language, names it, and refuses an unknown one", async ({ page }) => {
  const english = await page.request.get("/api/products?category=robes&limit=3&locale=en");
  expect(english.headers()["content-language"]).toBe("en");
  const french = await page.request.get("/api/products?category=robes&limit=3");
  expect(french.headers()["content-language"]).toBe("fr");
  const [en, fr] = [(await english.json()) as { items: ApiProduct[] }, (await french.json()) as { items: ApiProduct[] }];
  expect(en.items.map((item) => item.slug)).toEqual(fr.items.map((item) => item.slug));
  expect(en.items.map((item) => item.name)).not.toEqual(fr.items.map((item) => item.name));

  const unknown = await page.request.get("/api/products?locale=de");
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({ error: { code: "bad_request", message: "locale: must be one of fr, en" } });
});

test("offline in English, the catalog shell and offline search show English names", async ({ page, context }) => {
  const { en } = await burgundyDress(page);
  await page.goto("/en");
  await waitForWorkerControl(page);
  await waitForMirror(page);

  await context.setOffline(true);
  // Never visited: drawn from the mirror, in English.
  await page.goto("/en/categories/robes");
  await expect(page.getByRole("heading", { level: 1, name: "Dresses & skirts" })).toBeVisible();
  await expect(page.getByRole("link", { name: en.name }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/en/products/${en.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: en.name })).toBeVisible();
  await expect(page.getByText(/^Burgundy/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/en/search?q=dress");
  // The shell draws the results once it has read the mirror.
  await expect(page.getByRole("heading", { level: 1, name: "Results for “dress”" })).toBeVisible();
  await expect(page.locator("main li h2 a").first()).toBeVisible();
  const names = await page.locator("main li h2 a").allTextContents();
  expect(names.length).toBeGreaterThan(5);
  expect(names.filter((name) => /dress/i.test(name)).length).toBeGreaterThan(names.length / 2);
  await expectNoAxeViolations(page);
  await context.setOffline(false);
});
