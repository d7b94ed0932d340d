import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { findSoldOutOnlineSku, LYON } from "./support/stock";

/**
 * Sold out online → nearest store that has it (docs/contract.md#journeys, docs/stores-and-pickup.md): the product page's action
 * leads to the stores holding the SKU, nearest first; reserving one takes a unit at that store,
 * and another open tab sees the new level without reloading.
 */

/** Without SMTP_URL the server writes each mail as an .eml file here (playwright.config.ts gives it DATA_DIR). */
const MAIL_DIR = path.join(process.env.E2E_DATA_DIR ?? "data/e2e", "mail");

/** The mails to `address`, their quoted-printable text decoded. */
async function mailsTo(address: string): Promise<string[]> {
  const names = await readdir(MAIL_DIR).catch(() => [] as string[]);
  const mails = await Promise.all(names.map((name) => readFile(path.join(MAIL_DIR, name), "latin1")));
  return mails.filter((mail) => mail.includes(`To: ${address}`)).map(decodeQuotedPrintable);
}

function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

const kmOf = (text: string) => Number(text.replace(/[^\d,.]/g, "").replace(",", "."));

async function storeCards(page: Page) {
  const list = page.getByRole("list").filter({ has: page.getByRole("button", { name: "Réserver en magasin" }) });
  return list.getByRole("listitem");
}

async function expectNearestFirstWithStock(page: Page) {
  const items = await storeCards(page);
  const count = await items.count();
  expect(count).toBeGreaterThan(1);
  const distances: number[] = [];
  for (let i = 0; i < count; i++) {
    const card = items.nth(i);
    distances.push(kmOf(await card.getByText(/^à [\d,]+ km$/).innerText()));
    expect(Number(await card.locator("[data-stock-level]").getAttribute("data-stock-level"))).toBeGreaterThan(0);
    await expect(card.getByText(/^(En stock|Plus que \d+)$/)).toBeVisible();
  }
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
}

async function reserveAtFirstStore(page: Page) {
  const first = (await storeCards(page)).first();
  const name = await first.getByRole("heading").innerText();
  await first.getByRole("button", { name: "Réserver en magasin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Réservation en magasin" })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await expectNoAxeViolations(page);
  const email = `ada-${Date.now()}@example.org`;
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Confirmer la réservation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre réservation" })).toBeVisible();
  await expect(page.locator("[data-pickup-code]")).toHaveText(/^[2-9A-Z]{6}$/);
  // The shopper is mailed the code and the link back to this page.
  const code = await page.locator("[data-pickup-code]").innerText();
  const link = new URL(page.url());
  await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
  const [mail] = await mailsTo(email);
  expect(mail).toContain(`Code de retrait : ${code}`);
  expect(mail).toContain(`${link.pathname}${link.search}`);
  await expect(page.getByRole("img", { name: /^QR code du retrait/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Mis de côté jusqu’au" })).toBeVisible();
  await expectNoAxeViolations(page);
  return name;
}

test.describe("sold out online → nearest store", () => {
  test("phone: from the product page to the nearest stores by geolocation, reserve, a second tab sees it live", async ({ page, context, request }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the geolocation journey is the phone's; desktop types a postcode");
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation(LYON);
    const { product, sku, stores } = await findSoldOutOnlineSku(request);

    await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(sku)}`);
    await expect(page.getByRole("button", { name: "Ajouter au panier" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Voir la disponibilité en magasin" }).click();
    await expect(page).toHaveURL(new RegExp(`/products/${product.slug}/stores\\?sku=`));
    await expect(page.getByRole("heading", { level: 1, name: "Disponibilité en magasin" })).toBeVisible();

    await page.getByRole("button", { name: "Utiliser ma position" }).click();
    await expect(page.getByText("Du plus proche au plus éloigné de votre position.")).toBeVisible();
    await expect(page).toHaveURL(/lat=45\.764/);
    await expectNearestFirstWithStock(page);
    await expect(page.getByRole("heading", { level: 2, name: `${stores.length} magasins ont cet article` })).toBeVisible();
    await expectNoAxeViolations(page);

    // A second tab on the same list, left open.
    const other = await context.newPage();
    await other.goto(page.url());
    const nearest = stores[0]!;
    const otherCard = other.locator(`[data-store="${nearest.slug}"]`);
    await expect(otherCard.locator("[data-stock-level]")).toHaveAttribute("data-stock-level", String(nearest.stock));

    const reservedAt = await reserveAtFirstStore(page);
    expect(reservedAt).toBe(nearest.name);

    // No reload: the open tab hears the stock stream and shows the new level.
    await expect(otherCard.locator("[data-stock-level]")).toHaveAttribute("data-stock-level", String(nearest.stock - 1), { timeout: 3000 });
    await expect(otherCard.getByText(`Plus que ${nearest.stock - 1}`)).toBeVisible();
    const after = (await (await request.get("/api/stores", { params: { sku } })).json()) as { stores: { slug: string; stock: number }[] };
    expect(after.stores.find((s) => s.slug === nearest.slug)?.stock).toBe(nearest.stock - 1);

    // The chosen store is remembered: the product page names it.
    await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(sku)}`);
    await expect(page.getByText(`${nearest.name} (votre magasin)`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("desktop: a typed postcode sorts the stores; the product page follows a reservation live", async ({ page, context, request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the postcode journey is the desktop's; the phone uses geolocation");
    const { product, sku, stores } = await findSoldOutOnlineSku(request);

    await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(sku)}`);
    await page.getByRole("link", { name: "Voir la disponibilité en magasin" }).click();
    await expect(page.getByText(/^Par ordre alphabétique/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Code postal ou ville").fill("69002");
    await page.getByRole("main").getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByText("Du plus proche au plus éloigné de Lyon.")).toBeVisible();
    await expectNearestFirstWithStock(page);
    await expectNoAxeViolations(page);

    // The product page, open in another tab, follows a reservation made elsewhere.
    const productPage = await context.newPage();
    await productPage.goto(`/products/${product.slug}?sku=${encodeURIComponent(sku)}`);
    const count = productPage.locator("[data-store-count]");
    await expect(count).toHaveAttribute("data-store-count", String(stores.length));
    const reservedAt = await reserveAtFirstStore(page);
    expect(stores.map((s) => s.name)).toContain(reservedAt);
    const now = (await (await request.get("/api/stores", { params: { sku } })).json()) as { stores: { slug: string; stock: number }[] };
    await expect(count).toHaveAttribute("data-store-count", String(now.stores.length), { timeout: 3000 });
    // Taking all of a store's units (a reservation holds up to 5) removes it from the open page's count.
    const target = now.stores.find((s) => s.stock <= 5);
    expect(target, "a store with at most 5 units").toBeDefined();
    const response = await request.post("/api/reservations", { data: { sku, store: target!.slug, quantity: target!.stock, email: "bob@example.org" } });
    expect(response.status()).toBe(201);
    await expect(count).toHaveAttribute("data-store-count", String(now.stores.length - 1), { timeout: 3000 });
  });

  test("an unknown place is said, not silently ignored", async ({ page, request }) => {
    const { product, sku } = await findSoldOutOnlineSku(request);
    await page.goto(`/products/${product.slug}/stores?sku=${encodeURIComponent(sku)}&near=Atlantide`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Nous ne connaissons pas « Atlantide »");
    await expectNoAxeViolations(page);
  });
});
