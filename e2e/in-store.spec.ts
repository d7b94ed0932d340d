import bwipjs from "bwip-js/node";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import type { Product } from "../lib/catalog/types";
import { expectNoAxeViolations } from "./support/axe";
import { allProducts } from "./support/stock";
import { waitForMirror, waitForWorkerControl } from "./support/offline";

/**
 * The phone in the store (docs/in-store.md): in-store mode from the position (location already
 * allowed), this store's stock first on a product page, the mode ending when the phone leaves;
 * scanning a generated EAN-13 through a camera stream, online and offline, and typing it; the
 * endless aisle ordering a size the shelf lacks, counted for the store in the back office.
 */
const STORE = { slug: "lyon-part-dieu", name: "Vitrine Lyon Part-Dieu", latitude: 45.761, longitude: 4.8556 };
const FAR = { latitude: 45.748, longitude: 4.846 }; // La Guillotière: 1.4 km from Part-Dieu and from Bellecour, in no store
const ADMIN = { email: "admin@vitrine.localhost", password: process.env.DEMO_ADMIN_PASSWORD ?? "vitrine-demo-admin" };

test.use({ geolocation: { latitude: STORE.latitude, longitude: STORE.longitude }, permissions: ["geolocation"] });
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "a phone in the store: the phone project");
});

interface Pick {
  product: Product;
  /** A size on this store's shelf, and how many. */
  onShelf: { sku: string; stock: number };
  /** A size not on this store's shelf, in stock online. */
  missing: { sku: string; gtin: string };
}

async function storeStock(request: APIRequestContext, sku: string): Promise<number> {
  const { stores } = (await (await request.get("/api/stores", { params: { sku } })).json()) as { stores: { slug: string; stock: number }[] };
  return stores.find((store) => store.slug === STORE.slug)?.stock ?? 0;
}

/** From the live data, so repeated runs on one database keep working. */
async function pickProduct(request: APIRequestContext): Promise<Pick> {
  for (const product of await allProducts(request)) {
    if (product.skus.length < 2 || product.skus.length > 20) continue;
    const levels = await Promise.all(product.skus.map(async (sku) => ({ sku, stock: await storeStock(request, sku.sku) })));
    const onShelf = levels.find((level) => level.stock > 0);
    const missing = levels.find((level) => level.stock === 0 && level.sku.onlineStock >= 2 && level.sku.gtin);
    if (onShelf && missing) return { product, onShelf: { sku: onShelf.sku.sku, stock: onShelf.stock }, missing: { sku: missing.sku.sku, gtin: missing.sku.gtin! } };
  }
  throw new Error(`no product with a size on ${STORE.slug}'s shelf and one missing there: is the demo seed loaded?`);
}

const banner = (page: Page) => page.getByRole("status").filter({ hasText: `Vous êtes chez ${STORE.name}` });

test("in-store mode: the store is announced, its stock leads the product page, leaving the radius ends it", async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const { product, onShelf } = await pickProduct(request);
  await page.goto("/");
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole("link", { name: "Scanner un article" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ma carte de fidélité" })).toHaveAttribute("href", "/account/loyalty");
  await expectNoAxeViolations(page);

  await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(onShelf.sku)}`);
  const here = page.getByRole("region", { name: `Chez ${STORE.name}` });
  await expect(here.locator(`li[data-sku="${onShelf.sku}"]`)).toContainText(`${onShelf.stock} en rayon`);
  // First: above the size selector, the buy box and the summary of other stores.
  const top = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!.y;
  expect(await top(here)).toBeLessThan(await top(page.locator(`div[data-sku="${onShelf.sku}"]`)));
  expect(await top(here)).toBeLessThan(await top(page.getByRole("region", { name: "En magasin", exact: true })));
  await expectNoAxeViolations(page);

  // Left by hand: the position inside the store does not bring the mode back…
  await page.getByRole("button", { name: "Quitter le mode magasin" }).click();
  await expect(banner(page)).toHaveCount(0);
  await context.setGeolocation({ latitude: STORE.latitude + 0.0002, longitude: STORE.longitude });
  await page.goto("/in-store");
  await expect(page.getByRole("heading", { name: "Je suis en magasin" })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  // …"Je suis en magasin" does.
  await page.getByLabel("Magasin", { exact: true }).selectOption(STORE.slug);
  await page.getByRole("button", { name: "Je suis en magasin" }).click();
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mon panier en caisse" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(onShelf.sku)}`);
  await expect(here).toBeVisible();

  await context.setGeolocation(FAR);
  await expect(page.getByRole("status").filter({ hasText: `Vous avez quitté ${STORE.name}` })).toBeAttached();
  await expect(banner(page)).toHaveCount(0);
  await expect(here).toHaveCount(0);
});

/** A camera that films `png` (an injected getUserMedia stream drawn from a canvas). */
async function fakeCamera(context: BrowserContext, png: Buffer) {
  await context.addInitScript((dataUrl: string) => {
    const image = new Image();
    image.src = dataUrl;
    navigator.mediaDevices.getUserMedia = async () => {
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = 640;
      canvas.height = 480;
      const context = canvas.getContext("2d")!;
      const draw = () => {
        context.fillStyle = "#fff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        const scale = Math.min((canvas.width * 0.8) / image.width, (canvas.height * 0.8) / image.height);
        context.drawImage(image, (canvas.width - image.width * scale) / 2, (canvas.height - image.height * scale) / 2, image.width * scale, image.height * scale);
      };
      draw();
      setInterval(draw, 100);
      return canvas.captureStream(10);
    };
  }, `data:image/png;base64,${png.toString("base64")}`);
}

test("scanning an EAN-13 opens the product at that size, online and offline; a typed GTIN too", async ({ page, context, request }, testInfo) => {
  test.setTimeout(180_000);
  const { product, missing } = await pickProduct(request);
  const png = await bwipjs.toBuffer({ bcid: "ean13", text: missing.gtin, scale: 3, height: 20, includetext: true, backgroundcolor: "FFFFFF", paddingwidth: 10, paddingheight: 10 });
  await fakeCamera(context, png);
  const productUrl = new RegExp(`/products/${product.slug}\\?sku=${encodeURIComponent(missing.sku)}$`);
  const opened = async () => {
    await expect(page).toHaveURL(productUrl);
    await expect(page.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
    await expect(page.locator(`div[data-sku="${missing.sku}"]`)).toBeVisible();
  };
  const timings: Record<string, number> = {};

  await page.goto("/scan");
  await expect(page.getByRole("heading", { level: 1, name: "Scanner un article" })).toBeVisible();
  await expectNoAxeViolations(page);
  await waitForWorkerControl(page);
  await waitForMirror(page);

  // Online: the lookup API.
  let started = Date.now();
  await page.getByRole("button", { name: "Ouvrir la caméra" }).click();
  await opened();
  timings.online = Date.now() - started;
  await expectNoAxeViolations(page);

  // The API refuses a wrong check digit.
  const wrong = missing.gtin.slice(0, -1) + ((Number(missing.gtin.at(-1)) + 1) % 10);
  expect((await request.get(`/api/skus/by-gtin/${wrong}`)).status()).toBe(400);
  expect(await (await request.get(`/api/skus/by-gtin/${missing.gtin}`)).json()).toMatchObject({ sku: missing.sku, product: product.slug });

  // Offline: the precached scan page, its decoder, and the mirror.
  await page.goto("/scan");
  await context.setOffline(true);
  await page.reload();
  started = Date.now();
  await page.getByRole("button", { name: "Ouvrir la caméra" }).click();
  await opened();
  timings.offline = Date.now() - started;

  // Typed, offline still: the accessible path, by its label.
  await page.goto("/scan");
  await page.getByLabel("Référence ou code-barres").fill(wrong);
  await page.getByRole("button", { name: "Ouvrir", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "n’est ni un code-barres valide" })).toBeVisible();
  await page.getByLabel("Référence ou code-barres").fill(missing.gtin);
  await page.getByRole("button", { name: "Ouvrir", exact: true }).click();
  await opened();
  await context.setOffline(false);

  await page.goto("/scan");
  await page.getByLabel("Référence ou code-barres").fill(missing.gtin);
  await page.getByRole("button", { name: "Ouvrir", exact: true }).click();
  await opened();

  testInfo.annotations.push({ type: "scan-to-product-ms", description: JSON.stringify(timings) });
  console.log(`scan-to-product (camera start → product page with the SKU): online ${timings.online} ms, offline ${timings.offline} ms`);
});

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

async function inStoreOrders(page: Page): Promise<number> {
  const response = await page.request.get("/api/admin/kpis", { params: { from: today(), to: today() } });
  expect(response.status()).toBe(200);
  const report = (await response.json()) as { byStore: { store: string; inStoreOrders: number }[] };
  return report.byStore.find((row) => row.store === STORE.slug)?.inStoreOrders ?? 0;
}

test("endless aisle: a size missing on the shelf is delivered home in two taps, and counts for the store", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const { product, missing } = await pickProduct(request);
  const admin = await browser.newPage();
  await admin.goto("/login");
  await admin.getByLabel("E-mail").fill(ADMIN.email);
  await admin.getByLabel("Mot de passe").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(admin).not.toHaveURL(/\/login/);
  const before = await inStoreOrders(admin);

  await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(missing.sku)}`);
  const row = page.getByRole("region", { name: `Chez ${STORE.name}` }).locator(`li[data-sku="${missing.sku}"]`);
  await expect(row).toContainText("Pas en rayon");
  await row.getByRole("button", { name: "Me faire livrer" }).click();
  const form = row.getByRole("form");
  await expect(form).toContainText("Livraison prévue :");
  await form.getByLabel("E-mail").fill("aisle@example.org");
  await form.getByLabel("Nom").fill("Ada Lovelace");
  await form.getByLabel("Adresse").fill("3 rue de la République");
  await form.getByLabel("Code postal").fill("69002");
  await form.getByLabel("Ville").fill("Lyon");
  await form.getByLabel("Téléphone (pour le transporteur)").fill("06 12 34 56 78");
  await form.getByLabel("J’ai lu et j’accepte les conditions générales de vente").check();
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: /^Commander/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?token=/);

  await expect.poll(() => inStoreOrders(admin)).toBe(before + 1);
  await admin.goto("/admin");
  await expect(admin.getByRole("columnheader", { name: "Commandes en magasin" })).toBeVisible();
  await admin.close();
});

test("the till: opened from the menu it says what to scan; a shopper's cart code lists its items and total; a code that is not one is refused", async ({ page, request }) => {
  const products = await allProducts(request);
  const [first, second] = products.flatMap((product) => product.skus.slice(0, 1).map((sku) => ({ product, sku }))).slice(0, 2);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Mot de passe").fill(ADMIN.password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto("/admin/till");
  await expect(page.getByRole("heading", { level: 1, name: "Panier client" })).toBeVisible();
  await expect(page.getByText("Scannez le QR code que le client affiche")).toBeVisible();
  // Next's route announcer is an empty alert on every page: look for the error itself.
  await expect(page.getByText("Ce QR code n’est pas un panier Vitrine.")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/admin/till?c=${encodeURIComponent(`${first!.sku.sku}*2~${second!.sku.sku}*1`)}`);
  const table = page.getByRole("table", { name: "Articles du panier" });
  // Columns: reference, item, quantity, price.
  await expect(table.getByRole("row").filter({ hasText: first!.sku.sku }).getByRole("cell").nth(2)).toHaveText("2");
  await expect(table.getByRole("row").filter({ hasText: first!.sku.sku })).toContainText(first!.product.name);
  await expect(table.getByRole("row").filter({ hasText: second!.sku.sku }).getByRole("cell").nth(2)).toHaveText("1");
  const total = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format((first!.sku.priceCents * 2 + second!.sku.priceCents) / 100);
  await expect(table.locator("tfoot")).toContainText(total);
  await expectNoAxeViolations(page);

  await page.goto("/admin/till?c=not-a-cart");
  await expect(page.getByRole("alert").filter({ hasText: "Ce QR code n’est pas un panier Vitrine." })).toBeVisible();
});
