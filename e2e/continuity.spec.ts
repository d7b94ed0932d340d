import { devices, expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { waitForWorkerControl } from "./support/offline";

/**
 * docs/contract.md#journeys, the commuter: browses on the phone, finishes on the desktop. Two browser
 * contexts (two devices, each with its own cookies, IndexedDB and service worker) on one server.
 * The spec makes its own phone and desktop, so it runs once (the phone project ignores it).
 */

interface ApiProduct {
  slug: string;
  name: string;
  availableOnline: boolean;
}

interface ServerCart {
  lines: { sku: string; quantity: number }[];
}

const PASSWORD = "velo rouge sous la pluie";

const launchContext = (browser: import("@playwright/test").Browser, device: "phone" | "desktop") =>
  browser.newContext({
    ...(device === "phone" ? devices["Pixel 7"] : { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } }),
    baseURL: test.info().project.use.baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
  });

async function viewProduct(page: Page, slug: string) {
  // Finished, not only answered: a response body left unread keeps the request pending in the
  // page, and Lighthouse then waits 45 s for the network to settle.
  const recorded = page.waitForEvent("requestfinished", (request) => request.url().endsWith("/api/events") && request.method() === "POST");
  await page.goto(`/products/${slug}`);
  expect((await (await recorded).response())!.status()).toBeLessThan(300);
}

async function serverCart(request: APIRequestContext): Promise<Map<string, number>> {
  const response = await request.get("/api/cart");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ServerCart;
  return new Map(body.lines.filter((line) => line.quantity > 0).map((line) => [line.sku, line.quantity]));
}

function cartLine(page: Page, sku: string) {
  return page.locator(`[data-cart-line="${sku}"]`);
}

test("the phone's history and cart follow the shopper to the desktop, a removal there sticks, and signing out leaves nothing behind", async ({ browser }) => {
  test.setTimeout(180_000);
  let phone: BrowserContext | undefined;
  let desktop: BrowserContext | undefined;
  try {
    phone = await launchContext(browser, "phone");
    desktop = await launchContext(browser, "desktop");
    const onPhone = await phone.newPage();
    const onDesktop = await desktop.newPage();

    const catalog = (await (await onPhone.request.get("/api/products?limit=30&sort=price-asc")).json()) as { items: ApiProduct[] };
    const [first, second, third] = catalog.items.filter((product) => product.availableOnline);
    expect(third, "three products sold online").toBeTruthy();
    const viewed = [first!, second!, third!];

    // Phone, anonymous: three products viewed, the first two added to the cart.
    await onPhone.goto("/");
    await waitForWorkerControl(onPhone);
    for (const [index, product] of viewed.entries()) {
      await viewProduct(onPhone, product.slug);
      if (index < 2) {
        await onPhone.getByRole("button", { name: "Ajouter au panier" }).click();
        await expect(onPhone.getByText("Ajouté au panier")).toBeVisible();
      }
    }
    await expect(onPhone.getByRole("link", { name: "Panier", exact: true })).toContainText("2");
    // Signed out, the wishlist button is a way to sign in (the page asked the server only who is signed in).
    await expect(onPhone.getByRole("link", { name: "Connectez-vous pour enregistrer vos envies" })).toBeVisible();

    // Phone: registers; the device's cart becomes the account's.
    const email = `commuter-${Date.now()}@example.com`;
    await onPhone.goto("/register");
    await onPhone.getByLabel("Nom").fill("Camille Martin");
    await onPhone.getByLabel("E-mail").fill(email);
    await onPhone.getByLabel("Mot de passe").fill(PASSWORD);
    await expectNoAxeViolations(onPhone);
    await onPhone.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(onPhone).toHaveURL(/\/$/);
    await expect.poll(async () => (await serverCart(onPhone!.request)).size).toBe(2);
    const cartSkus = [...(await serverCart(onPhone.request)).keys()];

    // Desktop: signs in and is offered to continue with the phone's products and cart.
    await onDesktop.goto("/login");
    await onDesktop.getByLabel("E-mail").fill(email);
    await onDesktop.getByLabel("Mot de passe").fill(PASSWORD);
    await expectNoAxeViolations(onDesktop);
    await onDesktop.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(onDesktop).toHaveURL(/\/$/);
    const resume = onDesktop.getByRole("region", { name: "Reprendre où vous en étiez" });
    await expect(resume).toBeVisible();
    for (const product of viewed) await expect(resume.getByRole("link", { name: product.name }).first()).toBeVisible();
    // Each cart line is a second link to its product, after the viewed ones.
    for (const product of viewed.slice(0, 2)) await expect(resume.getByRole("link", { name: product.name })).toHaveCount(2);
    await expect(resume.getByRole("link", { name: viewed[2]!.name })).toHaveCount(1);
    await expectNoAxeViolations(onDesktop);

    // Signed in, the same product page saves it to the account's wishlist.
    await onDesktop.goto(`/products/${third!.slug}`);
    await onDesktop.getByRole("button", { name: "Ajouter à ma liste d’envies" }).click();
    await expect(onDesktop.getByRole("button", { name: "Retirer de ma liste d’envies" })).toHaveAttribute("aria-pressed", "true");
    await onDesktop.reload();
    await expect(onDesktop.getByRole("button", { name: "Retirer de ma liste d’envies" })).toHaveAttribute("aria-pressed", "true");

    // The phone drops off the network; meanwhile the desktop removes the first line.
    await onPhone.goto("/cart");
    await expect(cartLine(onPhone, cartSkus[0]!)).toBeVisible();
    await phone.setOffline(true);

    await waitForWorkerControl(onDesktop);
    await onDesktop.goto("/cart");
    await expect(cartLine(onDesktop, cartSkus[0]!)).toBeVisible();
    await expect(cartLine(onDesktop, cartSkus[1]!)).toBeVisible();
    await cartLine(onDesktop, cartSkus[0]!).getByRole("button", { name: "Retirer" }).click();
    await expect(cartLine(onDesktop, cartSkus[0]!)).toHaveCount(0);
    await expect.poll(async () => [...(await serverCart(onDesktop!.request)).keys()]).toEqual([cartSkus[1]]);
    await expectNoAxeViolations(onDesktop);

    // Offline, the phone still shows its stale copy and changes the other line's quantity.
    await expect(cartLine(onPhone, cartSkus[0]!)).toBeVisible();
    await cartLine(onPhone, cartSkus[1]!).getByLabel("Quantité").selectOption("3");

    // Back online: the phone's change reaches the account cart, the removed line stays removed.
    await phone.setOffline(false);
    await expect.poll(async () => Object.fromEntries(await serverCart(onPhone!.request)), { timeout: 20_000 }).toEqual({ [cartSkus[1]!]: 3 });
    await expect(cartLine(onPhone, cartSkus[0]!)).toHaveCount(0);
    await onPhone.reload();
    await expect(cartLine(onPhone, cartSkus[1]!)).toBeVisible();
    await expect(cartLine(onPhone, cartSkus[0]!)).toHaveCount(0);

    // Once in step, a signed-in page stops talking to the server cart (no sync loop).
    let cartPuts = 0;
    onPhone.on("request", (request) => {
      if (request.method() === "PUT" && request.url().endsWith("/api/cart")) cartPuts += 1;
    });
    await onPhone.waitForTimeout(3_000);
    expect(cartPuts).toBeLessThanOrEqual(1);

    // And the desktop, on its next visit, has the phone's quantity.
    await onDesktop.reload();
    await expect(cartLine(onDesktop, cartSkus[1]!).getByLabel("Quantité")).toHaveValue("3");
    await expect(cartLine(onDesktop, cartSkus[0]!)).toHaveCount(0);

    // Signing out on the desktop leaves nothing personal behind on it.
    await onDesktop.goto("/account");
    await expect(onDesktop.getByText(`Connecté en tant que ${email}`)).toBeVisible();
    await expectNoAxeViolations(onDesktop);
    await onDesktop.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(onDesktop).toHaveURL(/\/login/);
    await onDesktop.goBack();
    await expect(onDesktop.getByText(`Connecté en tant que ${email}`)).toHaveCount(0);
    await onDesktop.goto("/cart");
    await expect(onDesktop.getByText("Votre panier est vide.")).toBeVisible();
    expect((await onDesktop.request.get("/api/cart")).status()).toBe(401);
  } finally {
    await phone?.close();
    await desktop?.close();
  }
});
