import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * The catalog import in the back office (docs/back-office.md, "Catalog"): the demo admin uploads
 * a small hand-written feed, reads its report (rejected rows with line, field and reason), and
 * the product is on sale at its URL; bad uploads are refused with a 4xx and import nothing; a
 * shopper without a role gets 404 on the page and 403 on the API.
 */
const ADMIN = { email: "admin@vitrine.localhost", password: process.env.DEMO_ADMIN_PASSWORD ?? "vitrine-demo-admin" };
const FEED = path.join("lib", "import", "fixtures", "upload-small.xml");

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

const newestImport = (page: Page) => page.getByRole("table", { name: /Imports précédents/ }).locator("tbody tr").first().getAttribute("data-import");

test("an admin uploads a feed, reads its report, and the product is on sale; bad uploads import nothing", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/catalog");
  await expect(page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Catalogue" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Flux produits (obligatoire)").setInputFiles(FEED);
  await page.getByLabel("Flux partiel").check();
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page).toHaveURL(/\/admin\/catalog\?import=/);
  const report = page.getByRole("region", { name: /Rapport de l’import du/ });
  await expect(report.getByRole("status")).toHaveText(/Import terminé/);
  const rejected = report.getByRole("table", { name: "2 lignes rejetées" });
  // Reasons in the back office's language (importReasons.* in messages), not the report's English.
  await expect(rejected.getByRole("row", { name: /upload-small\.xml 17 ML-SOLENE-SANS-PRIX price absent/ })).toBeVisible();
  await expect(rejected.getByRole("row", { name: /upload-small\.xml 25 ML-SOLENE-GTIN gtin « \d+ » n’est pas un GTIN/ })).toBeVisible();
  await expect(rejected).not.toContainText("missing");
  const id = new URL(page.url()).searchParams.get("import");
  expect(await newestImport(page)).toBe(id);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("catalog-report.png"), fullPage: true });

  // Bad input on the API: a clear 4xx, and no import recorded.
  const feed = await readFile(FEED);
  const api = page.request;
  const noFile = await api.post("/api/admin/imports", { multipart: { partial: "on" } });
  expect(noFile.status()).toBe(400);
  expect((await noFile.json()).error.code).toBe("no_products_file");
  const wrongType = await api.post("/api/admin/imports", { multipart: { products: { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("\x89PNG\r\n") } } });
  expect(wrongType.status()).toBe(415);
  expect((await wrongType.json()).error.code).toBe("unsupported_type");
  // The e2e server caps uploads at 1 MB (playwright.config.ts).
  const big = Buffer.concat([feed, Buffer.alloc(1024 * 1024 + 1, " ")]);
  const tooLarge = await api.post("/api/admin/imports", { multipart: { products: { name: "flux.xml", mimeType: "application/xml", buffer: big } } });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.code).toBe("too_large");
  await page.reload();
  expect(await newestImport(page)).toBe(id);

  // The imported product is on sale at its URL.
  await page.goto("/products/echarpe-solene-en-laine");
  await expect(page.getByRole("heading", { level: 1, name: "Écharpe Solène en laine" })).toBeVisible();

  // A signed-in shopper without a role: 404 on the page, 403 on the API.
  const shopper = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const origin = new URL(testInfo.project.use.baseURL!).origin;
  const email = `shopper-catalog-${testInfo.project.name}-${Date.now()}@example.org`;
  const signedUp = await shopper.request.post("/api/auth/sign-up/email", { data: { email, password: "correct horse battery staple", name: "Client" }, headers: { Origin: origin } });
  expect(signedUp.ok(), await signedUp.text()).toBe(true);
  expect((await shopper.request.get("/admin/catalog")).status()).toBe(404);
  expect((await shopper.request.post("/api/admin/imports", { multipart: { products: { name: "flux.xml", mimeType: "application/xml", buffer: feed } } })).status()).toBe(403);
  await shopper.close();
});
