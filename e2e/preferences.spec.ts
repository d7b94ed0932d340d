import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { Product, ProductSummary } from "../lib/catalog/types";
import type { Preferences } from "../lib/preferences/shape";
import { expectNoAxeViolations } from "./support/axe";

/**
 * The preference center (docs/engagement.md): a shopper saves a size and sees it preselected on a
 * product page, downloads their data, refuses bad input, deletes their account and cannot sign
 * in again. Runs on the phone and the desktop projects.
 */

const PASSWORD = "velo rouge sous la pluie";

/** A product of `category` whose page would not show `size` by itself, and that size. */
async function productNotShowingASize(request: APIRequestContext, category: string): Promise<{ slug: string; size: string; sku: string } | null> {
  const listing = (await (await request.get(`/api/products?category=${category}&limit=24`)).json()) as { items: ProductSummary[] };
  for (const summary of listing.items) {
    const product = (await (await request.get(`/api/products/${summary.slug}`)).json()) as Product;
    const shown = product.skus.find((sku) => sku.onlineStock > 0) ?? product.skus[0];
    const other = product.skus.find((sku) => sku.size && sku.size !== shown?.size && sku.onlineStock > 0);
    if (other?.size) return { slug: product.slug, size: other.size, sku: other.sku };
  }
  return null;
}

async function putPreferences(page: Page, body: unknown) {
  return page.request.put("/api/preferences", { data: body, headers: { "Content-Type": "application/json" } });
}

test("a shopper sets preferences, sees their size preselected, downloads their data, then deletes the account", async ({ page }, info) => {
  test.setTimeout(180_000);
  const email = `prefs-${info.project.name}-${Date.now()}@example.com`;
  await page.goto("/register");
  await page.getByLabel("Nom").fill("Inès Durand");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/$/);

  // Marketing starts unticked; service messages start ticked.
  await page.goto("/account/preferences");
  await expect(page.getByRole("heading", { level: 1, name: "Mes préférences" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Par e-mail" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Promotions et soldes" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Suivi de mes commandes et retraits en magasin" })).toBeChecked();
  await expectNoAxeViolations(page);

  const sizeSelect = page.locator("select[name^='size.']").first();
  const category = (await sizeSelect.getAttribute("name"))!.slice("size.".length);
  const target = await productNotShowingASize(page.request, category);
  expect(target, `a product of ${category} in two sizes`).not.toBeNull();

  await page.getByRole("checkbox", { name: "Par e-mail" }).check();
  await page.getByRole("checkbox", { name: "Promotions et soldes" }).check();
  await sizeSelect.selectOption(target!.size);
  const storeSelect = page.getByRole("combobox", { name: "Magasin", exact: true });
  // A favourite store that holds the size, so checkout can also choose it for the cart below.
  const stocked = (await (await page.request.get(`/api/stores?sku=${encodeURIComponent(target!.sku)}`)).json()) as { stores: { slug: string; stock: number }[] };
  const store = stocked.stores.find((candidate) => candidate.stock > 0)?.slug;
  expect(store, `a store holding ${target!.sku}`).toBeDefined();
  await storeSelect.selectOption(store!);
  await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vos préférences sont enregistrées." })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Par e-mail" })).toBeChecked();
  await expectNoAxeViolations(page);

  const saved = (await (await page.request.get("/api/preferences")).json()) as Preferences;
  expect(saved).toMatchObject({ channels: { email: true, sms: false, push: false }, sizes: { [category]: target!.size }, favouriteStore: store! });
  expect(saved.topics.promotions).toBe(true);

  // Bad bodies: a clear 4xx, and nothing changes.
  const bad: [unknown, number, string][] = [
    [{ ...saved, extra: true }, 400, "bad_request"],
    [{ ...saved, channels: { ...saved.channels, fax: true } }, 400, "bad_request"],
    [{ ...saved, topics: { ...saved.topics, promotions: "oui" } }, 400, "bad_request"],
    [{ ...saved, interests: ["no-such-category"] }, 422, "unknown_category"],
    [{ ...saved, sizes: { [category]: "XXXXXL" } }, 422, "unknown_size"],
    [{ ...saved, favouriteStore: "no-such-store" }, 422, "unknown_store"],
  ];
  for (const [body, status, code] of bad) {
    const response = await putPreferences(page, body);
    expect(response.status()).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  }
  expect(await (await page.request.get("/api/preferences")).json()).toEqual(saved);

  // The product page preselects the saved size.
  await page.goto(`/products/${target!.slug}`);
  await expect(page).toHaveURL(new RegExp(`sku=${encodeURIComponent(target!.sku)}`));
  await expect(page.getByRole("radiogroup", { name: "Taille" }).getByRole("radio", { checked: true })).toHaveText(new RegExp(`^${target!.size}(,|$)`));
  await expectNoAxeViolations(page);

  // The favourite store comes first in checkout's pickup choice, and is chosen when it holds the cart (docs/delivery.md#store-pickup).
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("link", { name: "Panier", exact: true })).toContainText("1");
  await page.goto("/checkout");
  await page.getByRole("radio", { name: "Retrait en magasin" }).check();
  const pickupStore = page.getByLabel("Magasin de retrait");
  await expect(pickupStore).toHaveValue(store!);
  await expect(pickupStore.locator('option:not([value=""])').first()).toHaveAttribute("value", store!);

  // Download all my data.
  await page.goto("/account/preferences");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger toutes mes données" }).click();
  const data = JSON.parse(await readFile((await (await downloading).path())!, "utf8")) as {
    account: { email: string };
    preferences: Preferences;
    consentRecords: { subject: string; source: string; textShown: string }[];
  };
  expect(data.account.email).toBe(email);
  expect(data.preferences).toEqual(saved);
  expect(data.consentRecords).toEqual(expect.arrayContaining([expect.objectContaining({ subject: "channels.email", source: "preference_center", textShown: expect.stringContaining("Par e-mail") })]));

  // Delete the account: a confirmation step first.
  await page.getByText("Je veux supprimer mon compte").click();
  await page.getByRole("checkbox", { name: /Je confirme/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.request.get("/api/preferences")).status()).toBe(401);

  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("the preferences API answers 401 when signed out", async ({ request }) => {
  expect((await request.get("/api/preferences")).status()).toBe(401);
  expect((await request.put("/api/preferences", { data: {}, headers: { "Content-Type": "application/json" } })).status()).toBe(401);
  expect((await request.get("/api/account/data")).status()).toBe(401);
});
