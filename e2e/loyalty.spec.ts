import path from "node:path";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import type { LoyaltyCardData } from "../lib/loyalty/card-data";
import type { Store } from "../lib/stores/types";
import { expectNoAxeViolations } from "./support/axe";
import { allProducts, findOnlineSku } from "./support/stock";
import { metaValue, waitForWorkerControl } from "./support/offline";

/**
 * The loyalty card (docs/engagement.md#loyalty-card), phone and desktop: it opens from a fresh
 * page load with the network off and its barcode, decoded from a screenshot, is the card number;
 * a month's "online order + store pickup" challenge, done with one of each, shows its points on
 * another device.
 */
const PASSWORD = "carte fidele sous la pluie";
const ADMIN = { email: "admin@vitrine.localhost", password: process.env.DEMO_ADMIN_PASSWORD ?? "vitrine-demo-admin" };

async function newDevice(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, baseURL } = info.project.use;
  return browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, baseURL });
}

async function register(context: BrowserContext, email: string) {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const response = await context.request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: "Camille Martin" }, headers: { Origin: origin } });
  expect(response.ok(), await response.text()).toBe(true);
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

let zxingReady: Promise<unknown> | undefined;
async function decode(png: Buffer): Promise<string[]> {
  // zxing-wasm fetches its .wasm from a CDN unless given the local file (no internet here).
  zxingReady ??= readFile(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm")).then((wasm) =>
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true }),
  );
  await zxingReady;
  const results = await readBarcodes(new Uint8Array(png), { formats: ["EAN13", "QRCode"], tryHarder: true });
  return results.map((result) => result.text);
}

test("the card opens offline from a fresh page load, and its barcode scans to the card number", async ({ page, context }, info) => {
  test.setTimeout(120_000);
  await register(context, `carte-${info.project.name}-${Date.now()}@example.com`);
  await page.goto("/account/loyalty");
  await expect(page.getByRole("heading", { level: 1, name: "Ma carte de fidélité" })).toBeVisible();
  const card = (await (await page.request.get("/api/loyalty")).json()) as LoyaltyCardData;
  expect(card.cardNumber).toMatch(/^2[0-9]{12}$/);
  await expect(page.getByTestId("loyalty-number")).toHaveText(`${card.cardNumber[0]} ${card.cardNumber.slice(1, 7)} ${card.cardNumber.slice(7)}`);
  await expect(page.getByRole("switch", { name: "Garder l’écran allumé" })).toBeVisible();
  await expectNoAxeViolations(page);
  await waitForWorkerControl(page);
  // The page saved the card in IndexedDB (meta.loyaltyCard) for offline use.
  await expect.poll(async () => Boolean(await metaValue(page, "loyaltyCard")), { timeout: 30_000 }).toBe(true);

  await context.setOffline(true);
  try {
    await page.goto("/account/loyalty");
    await expect(page.getByRole("heading", { level: 1, name: "Ma carte de fidélité" })).toBeVisible();
    await expect(page.getByTestId("loyalty-as-of")).toContainText("Hors ligne\u00a0: carte enregistrée sur cet appareil, points au ");
    await expect(page.getByTestId("loyalty-number")).toHaveText(`${card.cardNumber[0]} ${card.cardNumber.slice(1, 7)} ${card.cardNumber.slice(7)}`);
    const barcode = page.getByTestId("loyalty-barcode");
    await expect(barcode).toBeVisible();
    expect(await decode(await barcode.screenshot())).toEqual([card.cardNumber]);
    await expectNoAxeViolations(page);
  } finally {
    await context.setOffline(false);
  }
});

test("a challenge done with an online order and a store pickup shows its points on another device", async ({ page, context, browser }, info) => {
  test.setTimeout(180_000);
  const email = `defi-${info.project.name}-${Date.now()}@example.com`;
  await register(context, email);
  const before = (await (await page.request.get("/api/loyalty")).json()) as LoyaltyCardData;
  expect(before.points).toBe(0);
  expect(before.challenges[0]).toMatchObject({ kind: "omnichannel", done: 0, total: 2, points: 200, completed: false });

  // One online order (delivery) ...
  const online = await findOnlineSku(page.request);
  const delivered = await page.request.post("/api/orders", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: { email, lines: [{ sku: online.sku, quantity: 1 }], fulfilment: { type: "delivery", address: { name: "Camille Martin", line1: "2 rue Mercière", postcode: "69002", city: "Lyon" }, phone: "06 12 34 56 78" }, acceptTerms: true },
  });
  expect(delivered.status(), await delivered.text()).toBe(201);
  const deliveredOrder = (await delivered.json()) as { id: string; totalCents: number };

  // ... and one pickup order, collected at the store's desk by staff.
  let pickupOrder: { id: string; totalCents: number } | null = null;
  for (const product of await allProducts(page.request)) {
    const sku = product.skus.find((s) => s.storeStock >= 2);
    if (!sku) continue;
    const { stores } = (await (await page.request.get("/api/stores", { params: { sku: sku.sku } })).json()) as { stores: (Store & { stock: number })[] };
    const store = stores.find((s) => s.stock >= 2);
    if (!store) continue;
    const placed = await page.request.post("/api/orders", { headers: { "Idempotency-Key": crypto.randomUUID() }, data: { email, lines: [{ sku: sku.sku, quantity: 1 }], fulfilment: { type: "pickup", store: store.slug }, acceptTerms: true } });
    expect(placed.status(), await placed.text()).toBe(201);
    pickupOrder = (await placed.json()) as { id: string; totalCents: number };
    break;
  }
  expect(pickupOrder, "a SKU with stock in a store").not.toBeNull();
  const middle = (await (await page.request.get("/api/loyalty")).json()) as LoyaltyCardData;
  expect(middle.challenges[0]).toMatchObject({ done: 1, completed: false });

  const desk = await newDevice(browser, info);
  const clerk = await desk.newPage();
  await signIn(clerk, ADMIN.email, ADMIN.password);
  const origin = new URL(info.project.use.baseURL!).origin;
  const collected = await clerk.request.post(`/api/admin/pickups/${pickupOrder!.id}/collected`, { headers: { Origin: origin } });
  expect(collected.status(), await collected.text()).toBe(200);
  await desk.close();

  const expected = Math.floor(deliveredOrder.totalCents / 100) + Math.floor(pickupOrder!.totalCents / 100) + 200;
  const formatted = new Intl.NumberFormat("fr-FR").format(expected);

  // Another device: the home page's island, then the card.
  const other = await newDevice(browser, info);
  const phone = await other.newPage();
  await signIn(phone, email, PASSWORD);
  await phone.goto("/");
  const island = phone.getByRole("region", { name: "Vos défis du mois" });
  await expect(island.getByTestId("island-challenge").first()).toContainText("Défi réussi\u00a0: +200 points crédités");
  await expectNoAxeViolations(phone);
  await phone.goto("/account/loyalty");
  await expect(phone.getByTestId("loyalty-points")).toHaveText(`${formatted} points`);
  await expect(phone.getByTestId("loyalty-challenge").first()).toContainText("Défi réussi\u00a0: +200 points crédités");
  await expectNoAxeViolations(phone);
  await other.close();

  // The first device agrees, and the award was written once.
  await page.goto("/account/loyalty");
  await expect(page.getByTestId("loyalty-points")).toHaveText(`${formatted} points`);
  const after = (await (await page.request.get("/api/loyalty")).json()) as LoyaltyCardData;
  expect(after.points).toBe(expected);
});

test("the loyalty API and wallet links answer signed-out and unconfigured callers with clear errors", async ({ request }) => {
  const signedOut = await request.get("/api/loyalty");
  expect(signedOut.status()).toBe(401);
  expect(((await signedOut.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  expect((await request.get("/api/loyalty/wallet/apple")).status()).toBe(404);
  expect(((await (await request.get("/api/loyalty/wallet/google")).json()) as { error: { code: string } }).error.code).toBe("wallet_not_configured");
  expect((await request.get("/api/loyalty/wallet/samsung")).status()).toBe(404);
});
