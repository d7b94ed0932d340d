import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * docs/engagement.md#sign-up-prompt and #satisfaction-question: the sign-up invitation is a
 * dialog on a desktop from the 3rd product or category page of a session and sits in the page
 * on a phone; "Plus tard" silences it. After an order the shop asks "Vous aimez Vitrine ?" once.
 */

const ADMIN = { email: "admin@vitrine.localhost", password: process.env.DEMO_ADMIN_PASSWORD ?? "vitrine-demo-admin" };

interface ApiProduct {
  slug: string;
  category: string;
  availableOnline: boolean;
}

/** A category page and three product pages: the pages the prompt counts. */
async function promptPages(request: APIRequestContext): Promise<string[]> {
  const { items } = (await (await request.get("/api/products?limit=3")).json()) as { items: ApiProduct[] };
  return [`/categories/${items[0]!.category}`, ...items.map((product) => `/products/${product.slug}`)];
}

/** Opens a page and waits until its islands have asked who is signed in (the prompt decides then). */
async function visit(page: Page, path: string) {
  const asked = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/session");
  await page.goto(path);
  await asked;
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

const promptDialog = (page: Page) => page.getByRole("dialog", { name: "Créez votre compte" });

test("desktop: the sign-up dialog opens on the 3rd page, not before, and “Plus tard” silences it", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the dialog is the desktop's");
  const [first, second, third, fourth] = await promptPages(request);
  await visit(page, first!);
  await visit(page, second!);
  await expect(promptDialog(page)).toHaveCount(0);

  await visit(page, third!);
  const dialog = promptDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("tous vos appareils");
  await expect(dialog).toContainText("revient en stock");
  await expect(dialog).toContainText("points de fidélité");
  await expect(dialog.getByRole("link", { name: "Créer mon compte" })).toHaveAttribute("href", /\/register\?next=/);
  await expectNoAxeViolations(page);
  const dismissed = page.waitForRequest((req) => new URL(req.url()).pathname === "/api/events" && (req.postData() ?? "").includes("signup_prompt_dismissed"));
  await dialog.getByRole("button", { name: "Plus tard" }).click();
  await expect(dialog).toHaveCount(0);
  await dismissed;

  // Next pages, and a new session on this device: silent.
  await visit(page, fourth!);
  await expect(promptDialog(page)).toHaveCount(0);
  const later = await page.context().newPage();
  for (const path of [first!, second!, third!]) await visit(later, path);
  await expect(promptDialog(later)).toHaveCount(0);
  await expect(later.getByRole("region", { name: "Créez votre compte" })).toHaveCount(0);
});

test("desktop: no prompt for a signed-in shopper, nor on the cart", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the dialog is the desktop's");
  const [first, second, third] = await promptPages(request);
  await visit(page, first!);
  await visit(page, second!);
  await visit(page, "/cart");
  await expect(promptDialog(page)).toHaveCount(0);

  const signedIn = await page.context().browser()!.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1366, height: 900 }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const shopper = await signedIn.newPage();
  await shopper.goto("/register");
  await shopper.getByLabel("Nom").fill("Léa Morel");
  await shopper.getByLabel("E-mail").fill(`lea-${Date.now()}@example.org`);
  await shopper.getByLabel("Mot de passe").fill("une lampe en laiton doré");
  await shopper.getByRole("button", { name: "Créer mon compte" }).click();
  // The welcome after sign-up.
  await expect(shopper.getByRole("status").filter({ hasText: "Bienvenue, Léa Morel" })).toBeVisible();
  for (const path of [first!, second!, third!]) await visit(shopper, path);
  await expect(promptDialog(shopper)).toHaveCount(0);
  await signedIn.close();
});

test("phone: the invitation sits in the page flow, never a dialog", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the inline invitation is the phone's");
  const [first, second, third] = await promptPages(request);
  await visit(page, first!);
  await visit(page, second!);
  await expect(page.getByRole("region", { name: "Créez votre compte" })).toHaveCount(0);
  await visit(page, third!);
  const invitation = page.getByRole("region", { name: "Créez votre compte" });
  await expect(invitation).toBeVisible();
  await expect(invitation).toContainText("points de fidélité");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await invitation.getByRole("button", { name: "Plus tard" }).click();
  await expect(invitation).toHaveCount(0);
  await visit(page, first!);
  await expect(page.getByRole("region", { name: "Créez votre compte" })).toHaveCount(0);
});

async function orderSomething(page: Page): Promise<string> {
  const { items } = (await (await page.request.get("/api/products?limit=40")).json()) as { items: ApiProduct[] };
  for (const product of items.filter((candidate) => candidate.availableOnline)) {
    const { skus } = (await (await page.request.get(`/api/products/${product.slug}`)).json()) as { skus: { sku: string; onlineStock: number }[] };
    const sku = skus.find((candidate) => candidate.onlineStock > 1);
    if (!sku) continue;
    const response = await page.request.post("/api/orders", {
      headers: { "Idempotency-Key": crypto.randomUUID() },
      data: { email: "nina@example.org", lines: [{ sku: sku.sku, quantity: 1 }], fulfilment: { type: "delivery", address: { name: "Nina Petit", line1: "8 rue Mercière", postcode: "69002", city: "Lyon" }, phone: "06 12 34 56 78" }, acceptTerms: true },
    });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { url: string }).url;
  }
  throw new Error("no SKU sold online");
}

test("after an order the shop asks “Vous aimez Vitrine ?” once, and staff read the answer", async ({ page, browser }, testInfo) => {
  await page.goto("/register");
  await page.getByLabel("Nom").fill("Nina Petit");
  await page.getByLabel("E-mail").fill(`nina-${Date.now()}-${testInfo.project.name}@example.org`);
  await page.getByLabel("Mot de passe").fill("un tabouret de bar en frêne");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).not.toHaveURL(/\/register/);

  await page.goto(await orderSomething(page));
  const question = page.getByRole("region", { name: "Vous aimez Vitrine ?" });
  await expect(question).toBeVisible();
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Non" }).click();
  const words = `Livraison trop lente (${testInfo.project.name} ${Date.now()})`;
  await question.getByLabel("Qu’est-ce qui n’a pas été ? (facultatif)").fill(words);
  await question.getByRole("button", { name: "Envoyer" }).click();
  await expect(question.getByRole("status")).toHaveText("Merci, votre avis est transmis à l’équipe Vitrine.");
  await expectNoAxeViolations(page);
  // The account is not asked again (another device would ask the server)…
  expect(await (await page.request.get("/api/feedback")).json()).toEqual({ due: false });
  // …and this device is not asked at the next order.
  await page.goto(await orderSomething(page));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole("region", { name: "Vous aimez Vitrine ?" })).toHaveCount(0);

  const staff = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const admin = await staff.newPage();
  await admin.goto("/login?next=/admin/feedback");
  await admin.getByLabel("E-mail").fill(ADMIN.email);
  await admin.getByLabel("Mot de passe").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Avis des clients" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Réponses à « Vous aimez Vitrine ? »" })).toContainText(words);
  await expectNoAxeViolations(admin);
  await staff.close();
});
