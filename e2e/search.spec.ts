import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMirror, waitForWorkerControl } from "./support/offline";

/**
 * docs/search.md: a search that forgives (category, colour, typo, plural, English words), the
 * same products online and offline, suggestions while typing, helpful empty and zero-result
 * pages, and a price range the wrong way round explained instead of a 404.
 */

interface ApiProduct {
  slug: string;
  name: string;
  category: string;
}

/** The five searches and what each must find (in the API's answer, which the pages show). */
const SEARCHES: { q: string; expect: (items: ApiProduct[]) => void }[] = [
  { q: "chaussures", expect: (items) => expect(new Set(items.map((item) => item.category))).toEqual(new Set(["chaussures"])) },
  { q: "bleu", expect: (items) => expect(new Set(items.map((item) => item.category)).size).toBeGreaterThan(3) },
  { q: "cachmire", expect: (items) => expect(items.every((item) => /cachemire/i.test(item.name))).toBe(true) },
  { q: "robes", expect: (items) => expect(items[0]?.name).toMatch(/^Robe/) },
  { q: "dress", expect: (items) => expect(items[0]?.name).toMatch(/^Robe/) },
];

async function searchApi(page: Page, q: string): Promise<{ items: ApiProduct[]; total: number }> {
  const response = await page.request.get(`/api/products?q=${encodeURIComponent(q)}&limit=100`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { items: ApiProduct[]; total: number };
}

const box = (page: Page) => page.getByRole("search").getByRole("combobox", { name: "Rechercher un produit" });

test("the five searches find the expected products online, and the box keeps the query", async ({ page }) => {
  for (const [index, search] of SEARCHES.entries()) {
    const { items, total } = await searchApi(page, search.q);
    expect(total, search.q).toBeGreaterThan(0);
    search.expect(items);
    await page.goto(`/search?q=${encodeURIComponent(search.q)}`);
    await expect(page.getByRole("heading", { level: 1, name: `Résultats pour « ${search.q} »` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `${total} produit${total > 1 ? "s" : ""}` })).toBeVisible();
    await expect(page.locator("main li h3 a").first()).toHaveText(items[0]!.name);
    await expect(box(page)).toHaveValue(search.q);
    if (index === 0) await expectNoAxeViolations(page);
  }
});

test("offline, the same searches find the same number of products from the mirror", async ({ page, context }) => {
  await page.goto("/");
  await waitForWorkerControl(page);
  await waitForMirror(page);
  const totals = new Map<string, number>();
  for (const search of SEARCHES) totals.set(search.q, (await searchApi(page, search.q)).total);

  await context.setOffline(true);
  for (const [index, search] of SEARCHES.entries()) {
    // Never visited online: the catalog shell searches the mirror.
    await page.goto(`/search?q=${encodeURIComponent(search.q)}`);
    await expect(page.getByRole("heading", { level: 1, name: `Résultats pour « ${search.q} »` })).toBeVisible();
    // The online listing's words ("1 produit", "28 produits"), not "28 produit(s)".
    const total = totals.get(search.q)!;
    await expect(page.getByText(`${total} produit${total > 1 ? "s" : ""}`, { exact: true })).toBeVisible();
    if (index === 0) await expectNoAxeViolations(page);
  }

  // Suggestions come from the mirror too.
  await box(page).fill("cachmi");
  await box(page).pressSequentially("re");
  await expect(page.getByRole("listbox")).toBeVisible();
  await expect(page.getByRole("option").first()).toContainText(/cachemire/i);
  await context.setOffline(false);
});

test("suggestions while typing: products and categories, by keyboard", async ({ page }) => {
  await page.goto("/");
  const input = box(page);
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await input.pressSequentially("chauss", { delay: 30 });
  const listbox = page.getByRole("listbox", { name: "Rechercher un produit" });
  await expect(listbox).toBeVisible();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(listbox.getByRole("option", { name: "Chaussures" })).toBeVisible();
  await expect(listbox.getByRole("group", { name: "Produits" }).getByRole("option")).not.toHaveCount(0);
  await expectNoAxeViolations(page);

  await input.press("ArrowDown");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  const name = (await first.locator("span").first().textContent())!;
  await input.press("Enter");
  await expect(page).toHaveURL(/\/products\//);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Escape closes the list.
  await box(page).pressSequentially("robe", { delay: 30 });
  await expect(page.getByRole("listbox")).toBeVisible();
  await box(page).press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
});

test("an empty search offers the categories; a search with no result offers other words", async ({ page }) => {
  await page.goto("/search?q=");
  await expect(page.getByRole("heading", { level: 1, name: "Que cherchez-vous ?" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Chaussures" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/search?q=robe%20zzzyyyxxx");
  await expect(page.getByText("Aucun résultat pour « robe zzzyyyxxx ».")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Essayez plutôt" })).toBeVisible();
  await page.getByRole("link", { name: /résultats pour « robe »/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Résultats pour « robe »" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a minimum price above the maximum is explained, not a 404, and active filters can be removed", async ({ page }) => {
  const response = await page.goto("/categories/robes?min=150&max=50");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Le prix minimum (150,00 €) dépasse le prix maximum (50,00 €)")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Voir les produits entre 50,00 € et 150,00 €" }).click();
  await expect(page).toHaveURL(/min=50&max=150/);
  await expect(page.getByRole("heading", { level: 2, name: "Filtres actifs" })).toBeVisible();
  await page.getByRole("link", { name: "Retirer le prix minimum de 50,00 €" }).click();
  await expect(page).not.toHaveURL(/min=/);
  await expect(page.getByRole("link", { name: "Retirer le prix maximum de 150,00 €" })).toBeVisible();

  const search = await page.goto("/search?q=robe&min=150&max=50");
  expect(search?.status()).toBe(200);
  await expect(page.getByText("Le prix minimum (150,00 €) dépasse le prix maximum (50,00 €)")).toBeVisible();
  expect((await page.request.get("/api/products?min=150&max=50")).status()).toBe(400);
});
