import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/** docs/legal-pages.md: the four legal pages, in both languages, each linked from every footer. */
const PAGES = [
  ["/mentions-legales", "Mentions légales"],
  ["/cgv", "Conditions générales de vente"],
  ["/confidentialite", "Confidentialité et cookies"],
  ["/livraison-et-retours", "Livraison et retours"],
] as const;

test("the legal pages are reachable from the footer, marked as demonstration text, in French and English", async ({ page }) => {
  await page.goto("/");
  const legal = page.getByRole("contentinfo").getByRole("navigation", { name: "Informations légales" });
  for (const [path, name] of PAGES) {
    await legal.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Texte de démonstration");
    await expectNoAxeViolations(page);
  }
  // The delivery page states the prices the server charges (docs/delivery.md, defaults).
  await expect(page.getByRole("main")).toContainText("4,90 €");
  await expect(page.getByRole("main")).toContainText("Retours gratuits sous 30 jours");

  await page.goto("/en/cgv");
  await expect(page.getByRole("heading", { level: 1, name: "Terms of sale" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Demonstration text");
  await expect(page.getByRole("contentinfo").getByRole("navigation", { name: "Legal information" }).getByRole("link", { name: "Privacy and cookies" })).toHaveAttribute("href", "/en/confidentialite");
  await expectNoAxeViolations(page);
});
