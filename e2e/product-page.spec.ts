import { expect, test, type Page } from "@playwright/test";
import type { Product } from "../lib/catalog/types";
import { expectNoAxeViolations } from "./support/axe";
import { allProducts } from "./support/stock";

/**
 * docs/product-page.md: the buy action within thumb reach on phones (first screen on arrival,
 * bottom bar while the buy box is off screen, compact header keeping the cart), colour and size
 * as separate choices with the colour's picture, unavailable combinations marked, the listing's
 * size filter preselected, a size guide. Phone and desktop, axe on every state visited.
 */

const colours = (product: Product) => [...new Set(product.skus.map((sku) => sku.colour))];
const sizes = (product: Product) => [...new Set(product.skus.map((sku) => sku.size))];
const defaultSku = (product: Product) => product.skus.find((sku) => sku.onlineStock > 0) ?? product.skus[0]!;

/** "Ajouter au panier" buttons wholly seen: their top and bottom edges are not covered (by the header, the bar or the screen's edge). */
async function addButtonsOnScreen(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll("button")].filter((button) => {
        if (button.textContent?.trim() !== "Ajouter au panier") return false;
        const { top, bottom, left, right } = button.getBoundingClientRect();
        const x = (left + right) / 2;
        return [top + 2, bottom - 2].every((y) => y >= 0 && y <= window.innerHeight && button.contains(document.elementFromPoint(x, y)));
      }).length,
  );
}

const gallery = (page: Page) => page.getByRole("list", { name: /^Photos de / });
const mainPicture = (page: Page) => gallery(page).getByRole("img").first();
const quickBuy = (page: Page) => page.getByRole("region", { name: "Achat rapide" });

test("phone: 'Ajouter au panier' is on screen on arrival and at every scroll position, and adds to the cart", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the bottom bar is the phone's");
  const products = await allProducts(request);
  // The longest name among products buyable online with colours and sizes to choose: the
  // tallest first screen the demo has.
  const target = products
    .filter((product) => defaultSku(product).onlineStock > 0 && colours(product).length > 1 && sizes(product).length > 1)
    .sort((a, b) => b.name.length - a.name.length)[0]!;

  await page.goto(`/products/${target.slug}`);
  const buyBox = page.locator("#buy-box").getByRole("button", { name: "Ajouter au panier" });
  await expect(buyBox).toBeEnabled();
  await expect(buyBox).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  await expect(mainPicture(page)).toBeInViewport();
  await expect(page.getByRole("radiogroup", { name: /^Couleur/ })).toBeInViewport();
  await expect(quickBuy(page)).toBeHidden();
  await expect(page.getByRole("button", { name: "Ajouter au panier" })).toHaveCount(1);
  await expectNoAxeViolations(page);

  const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  for (const fraction of [0.15, 0.3, 0.5, 0.75, 1]) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * fraction));
    await expect.poll(() => addButtonsOnScreen(page), `at ${fraction * 100} % of the page`).toBe(1);
    await expect(page.getByRole("link", { name: "Panier", exact: true })).toBeInViewport();
  }
  // A shorter phone, at the footer: the buy box has gone under the header, the bar is the one action, and it adds.
  await page.setViewportSize({ width: 412, height: 560 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole("contentinfo")).toBeInViewport();
  await expect(quickBuy(page)).toBeVisible();
  await expect.poll(() => addButtonsOnScreen(page)).toBe(1);
  await expect(quickBuy(page)).toContainText(defaultSku(target).label);
  await expectNoAxeViolations(page);
  await quickBuy(page).getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(quickBuy(page).getByText("Ajouté")).toBeVisible();
  await expect(page.getByRole("link", { name: "Panier", exact: true })).toContainText("1");

  // Back on the Pixel 7's screen, at the top: the full header and the buy box again, the bar hidden.
  await page.setViewportSize({ width: 412, height: 839 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(quickBuy(page)).toBeHidden();
  await expect(page.getByRole("search")).toBeVisible();
});

test("phone: sold out online, the bar offers the stores", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the bottom bar is the phone's");
  const products = await allProducts(request);
  const product = products.find((candidate) => candidate.skus.some((sku) => sku.onlineStock === 0 && sku.storeStock > 0))!;
  const sku = product.skus.find((candidate) => candidate.onlineStock === 0 && candidate.storeStock > 0)!;
  await page.goto(`/products/${product.slug}?sku=${encodeURIComponent(sku.sku)}`);
  await expect(page.locator("#buy-box").getByRole("link", { name: "Voir la disponibilité en magasin" })).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 412, height: 560 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(quickBuy(page).getByRole("link", { name: "Voir la disponibilité en magasin" })).toBeInViewport();
  await expect(quickBuy(page).getByRole("button", { name: "Ajouter au panier" })).toHaveCount(0);
});

test("the delivery promise follows 'Ajouter au panier' at the buy box's own spacing, and the added message still shows", async ({ page, request }) => {
  const product = (await allProducts(request)).find((candidate) => defaultSku(candidate).onlineStock > 0)!;
  await page.goto(`/products/${product.slug}`);
  const buyBox = page.locator("#buy-box");
  const button = buyBox.getByRole("button", { name: "Ajouter au panier" });
  await expect(button).toBeEnabled();
  const gap = async () => {
    const [add, promise] = await Promise.all([button.boundingBox(), buyBox.locator("[data-delivery-promise]").boundingBox()]);
    return promise!.y - (add!.y + add!.height);
  };
  // The buy box's gap (12 px), not an empty status line on top of it (40 px before).
  expect(await gap()).toBeLessThanOrEqual(12);
  await button.click();
  await expect(buyBox.getByRole("status")).toHaveText(/Ajouté au panier/);
  expect(await gap()).toBeGreaterThan(12);
});

test("choosing a colour shows that colour's picture; a size sold out online is marked", async ({ page, request }) => {
  const products = await allProducts(request);
  // A product in two colours or more, whose default colour has a size sold out online.
  const target = products.find((product) => {
    const chosen = defaultSku(product);
    return colours(product).length > 1 && product.skus.some((sku) => sku.colour === chosen.colour && sku.size !== chosen.size && sku.onlineStock === 0);
  })!;
  const chosen = defaultSku(target);
  const other = colours(target).find((colour) => colour !== chosen.colour)!;
  const soldOut = target.skus.find((sku) => sku.colour === chosen.colour && sku.size !== chosen.size && sku.onlineStock === 0)!;

  await page.goto(`/products/${target.slug}`);
  const colourGroup = page.getByRole("radiogroup", { name: /^Couleur/ });
  await expect(colourGroup.getByRole("radio", { name: chosen.colour!, checked: true })).toBeVisible();
  const sizeGroup = page.getByRole("radiogroup", { name: "Taille" });
  await expect(sizeGroup.getByRole("radio", { name: new RegExp(`^${soldOut.size}\\W+épuisé en ligne$`) })).toBeVisible();
  await expectNoAxeViolations(page);

  const before = await mainPicture(page).getAttribute("src");
  await colourGroup.getByRole("radio", { name: new RegExp(`^${other}`) }).click();
  await expect(page).toHaveURL(/\?sku=/);
  await expect(colourGroup.getByRole("radio", { name: new RegExp(`^${other}`), checked: true })).toBeVisible();
  await expect.poll(() => mainPicture(page).getAttribute("src")).not.toBe(before);
  const index = colours(target).indexOf(other) + 1;
  await expect(mainPicture(page)).toHaveAttribute("src", new RegExp(`/${target.slug}-${index}-\\d+\\.webp$`));
  await expectNoAxeViolations(page);
});

test("a category filtered by size M opens its products in M, with the size guide", async ({ page, request }) => {
  // The listing passes its size filter on to the product links.
  await page.goto("/categories/robes?size=M");
  await expect(page.locator("main li h3 a").first()).toHaveAttribute("href", /\/products\/[^?]+\?size=M$/);
  // A dress whose default SKU is not in M: the link's size moves the page to its M.
  const products = await allProducts(request);
  const target = products.find((product) => product.category === "robes" && defaultSku(product).size !== "M" && product.skus.some((sku) => sku.size === "M" && sku.onlineStock > 0))!;
  await page.goto(`/products/${target.slug}?size=M`);
  await expect(page).toHaveURL(/\?sku=VIT-\d+-M-/);
  await expect(page.getByRole("radiogroup", { name: "Taille" }).getByRole("radio", { checked: true })).toHaveText(/^M(,|$)/);

  await page.getByText("Guide des tailles").click();
  const guide = page.getByRole("table", { name: "Correspondance des tailles" });
  await expect(guide.getByRole("rowheader", { name: "M", exact: true })).toBeVisible();
  await expect(guide.getByRole("columnheader", { name: "Tour de poitrine" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("desktop: the buy box stays in view and no bottom bar shows", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "desktop layout");
  const product = (await allProducts(request)).find((candidate) => defaultSku(candidate).onlineStock > 0)!;
  await page.goto(`/products/${product.slug}`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(page.locator("#buy-box").getByRole("button", { name: "Ajouter au panier" })).toBeInViewport();
  await expect(quickBuy(page)).toBeHidden();
  await expect(page.getByRole("search")).toBeVisible();
});

test("the delivery promise charges what the cart would for this item alone: free from 50 €, the fee below", async ({ page, request }) => {
  const products = await allProducts(request);
  const onlineSku = (product: Product) => product.skus.find((sku) => sku.onlineStock > 0);
  // The default threshold and home fee (docs/delivery.md): free from 50 €, 4,90 € below.
  const dear = products.find((product) => (onlineSku(product)?.priceCents ?? 0) >= 5000)!;
  const cheap = products.find((product) => (onlineSku(product)?.priceCents ?? Infinity) < 5000)!;
  const promise = page.locator("#buy-box").getByRole("region", { name: "Livraison et retours" });
  const home = promise.locator("[data-delivery-method=home]");

  await page.goto(`/products/${dear.slug}?sku=${onlineSku(dear)!.sku}`);
  await expect(home).toContainText("Gratuit");
  await expect(promise).toContainText("Livraison offerte à domicile et en point relais");
  await expect(promise).not.toContainText("dès 50,00");
  await expectNoAxeViolations(page);

  await page.goto(`/products/${cheap.slug}?sku=${onlineSku(cheap)!.sku}`);
  await expect(home).toContainText("4,90 €");
  await expect(promise).toContainText("Livraison offerte dès 50,00 € d’achat");
});

test("phone: at the end of a product page the bottom bar leaves the footer's links reachable", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the bottom bar is a phone's");
  const product = (await allProducts(request)).find((candidate) => candidate.skus.some((sku) => sku.onlineStock > 0))!;
  await page.goto(`/products/${product.slug}`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(quickBuy(page)).toBeVisible();
  // The footer's last link (the lowest on the page): wholly seen, and nothing lies over it.
  const last = page.getByRole("contentinfo").getByRole("link").last();
  await expect(last).toBeInViewport({ ratio: 1 });
  expect(await last.evaluate((link) => {
    const { left, right, top, bottom } = link.getBoundingClientRect();
    return link.contains(document.elementFromPoint((left + right) / 2, (top + bottom) / 2));
  })).toBe(true);
});
