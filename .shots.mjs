import { chromium, devices } from "@playwright/test";
const base = "http://127.0.0.1:3206";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [name, options] of [["phone", devices["Pixel 7"]], ["desktop", { viewport: { width: 1366, height: 900 } }]]) {
  const context = await browser.newContext({ ...options, locale: "fr-FR", baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("admin@vitrine.localhost");
  await page.getByLabel("Mot de passe").fill("vitrine-demo-admin");
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  for (const [file, url] of [["admin", "/admin"], ["pickups", "/admin/pickups"], ["stock", "/admin/stock?q=VIT-0001"], ["campaigns", "/admin/campaigns"], ["staff", "/admin/staff"], ["home-campaign", "/?utm_source=newsletter"]]) {
    await page.goto(url);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/bo/shots/${name}-${file}.png`, fullPage: file !== "admin" });
  }
  await context.close();
}
await browser.close();
