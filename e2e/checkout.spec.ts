import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo } from "./support/mail";

/**
 * docs/contract.md#journeys, the shopper who orders: from the cart to a confirmed order. The phone has it
 * delivered (test payment), the desktop collects it in a store (paid there). Prices and stock
 * are the server's: the confirmation's total is checked against the API's price and the default
 * delivery fee (docs/delivery.md); the terms of sale must be accepted; the confirmation e-mail is sent.
 */

interface ApiProduct {
  slug: string;
  name: string;
  availableOnline: boolean;
}

interface ApiSku {
  sku: string;
  priceCents: number;
  onlineStock: number;
  storeStock: number;
}

const euros = (cents: number) => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);
/** The default home delivery fee (docs/delivery.md): 4,90 € under 50 € of items. */
const homeFee = (itemsCents: number) => (itemsCents >= 5000 ? 0 : 490);

test("a shopper orders what is in the cart and gets a confirmation", async ({ page, request }, testInfo) => {
  const pickup = testInfo.project.name === "desktop";
  const catalog = (await (await request.get("/api/products?limit=40&sort=price-desc")).json()) as { items: ApiProduct[] };
  const product = catalog.items.find((candidate) => candidate.availableOnline);
  expect(product, "a product sold online").toBeTruthy();
  const { skus } = (await (await request.get(`/api/products/${product!.slug}`)).json()) as { skus: ApiSku[] };
  const sku = skus.find((candidate) => candidate.onlineStock > 0 && candidate.storeStock > 0)!;
  expect(sku, "a SKU sold online and in a store").toBeTruthy();
  const { stores } = (await (await request.get(`/api/stores?sku=${encodeURIComponent(sku.sku)}`)).json()) as { stores: { slug: string; stock: number }[] };
  const store = stores.find((candidate) => candidate.stock > 0)!;

  await page.goto(`/products/${product!.slug}?sku=${encodeURIComponent(sku.sku)}`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByText("Ajouté au panier")).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "Panier" }).click();
  await page.getByRole("link", { name: "Passer commande" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Commande" })).toBeVisible();
  const items = page.getByRole("region", { name: "Articles" });
  await expect(items).toContainText(product!.name);
  const email = `camille-${Date.now()}-${testInfo.project.name}@example.org`;
  await page.getByLabel("E-mail").fill(email);
  // Every way to get the order shows its price and its date.
  for (const [name, price] of [["Livraison à domicile", homeFee(sku.priceCents) ? euros(490) : "Gratuit"], ["Livraison en point relais", null], ["Retrait en magasin", "Gratuit"]] as const) {
    const option = page.getByRole("radio", { name });
    await expect(option).toBeVisible();
    const label = page.locator("label", { has: option });
    await expect(label).toContainText(name === "Retrait en magasin" ? /Prêt à retirer : \p{L}+ \d/u : /Livraison estimée : \p{L}+ \d/u);
    if (price) await expect(label).toContainText(price);
  }
  let feeCents = 0;
  if (pickup) {
    await page.getByRole("radio", { name: "Retrait en magasin" }).check();
    await expect(page.getByLabel("Téléphone (facultatif)")).toBeVisible();
    const select = page.getByLabel("Magasin de retrait");
    // Ranked for the cart: each store says how much of it is in stock there.
    await expect(select.locator(`option[value="${store.slug}"]`)).toContainText(/en stock|à faire venir/);
    await select.selectOption(store.slug);
    await expect(page.getByText("Paiement au retrait en magasin.")).toBeVisible();
  } else {
    feeCents = homeFee(sku.priceCents);
    // The browser's own validation keeps an incomplete address from being sent.
    await page.getByRole("button", { name: "Valider la commande" }).click();
    await expect(page).toHaveURL(/\/checkout$/);
    await page.getByLabel("Téléphone").fill("06 12 34 56 78");
    await page.getByLabel("Nom").fill("Camille Martin");
    await page.getByLabel("Adresse").fill("12 rue de la République");
    await page.getByLabel("Code postal").fill("69002");
    await page.getByLabel("Ville").fill("Lyon");
    await expect(page.getByText("Paiement de test", { exact: false })).toBeVisible();
  }
  await expect(items.locator("[data-checkout-total]")).toHaveText(euros(sku.priceCents + feeCents));
  await expectNoAxeViolations(page);
  // Without the terms of sale accepted, nothing is sent (the server would refuse it too: e2e/api-stock.spec.ts).
  const terms = page.getByRole("checkbox", { name: "J’ai lu et j’accepte les conditions générales de vente" });
  await expect(terms).not.toBeChecked();
  await page.getByRole("button", { name: "Valider la commande" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  expect(await terms.evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true);
  await terms.check();
  await page.getByRole("button", { name: "Valider la commande" }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+/);
  await expect(page.getByRole("heading", { level: 1, name: "Merci, votre commande est confirmée" })).toBeVisible();
  await expect(page.getByText(pickup ? "À payer au retrait en magasin" : "Payée (paiement de test)")).toBeVisible();
  await expect(page.getByRole("main")).toContainText(euros(sku.priceCents));
  await expect(page.locator("[data-order-total]")).toHaveText(euros(sku.priceCents + feeCents));
  await expect(page.getByRole("main")).toContainText(pickup ? /Prêt à retirer : / : /Livraison estimée : /);
  await expect(page.getByText(`Un e-mail de confirmation a été envoyé à ${email}.`)).toBeVisible();
  await expectNoAxeViolations(page);

  // The promised e-mail exists, with the order's number and link.
  const number = new URL(page.url()).pathname.split("/").pop()!.slice(0, 8).toUpperCase();
  await expect.poll(async () => (await mailsTo(email)).length, { timeout: 15_000 }).toBe(1);
  const [mail] = await mailsTo(email);
  expect(mail).toContain(`Votre_commande_${number}_est_confirm`);
  expect(mail).toContain(product!.name);
  expect(mail).toContain(new URL(page.url()).pathname);

  // The ordered line has left the cart.
  await page.goto("/cart");
  await expect(page.getByText("Votre panier est vide.")).toBeVisible();
});

test("a signed-in shopper finds their orders and reservations in the account", async ({ page }) => {
  await page.goto("/register?next=/account/orders");
  await page.getByLabel("Nom").fill("Inès Roux");
  await page.getByLabel("E-mail").fill(`ines-${Date.now()}-${test.info().project.name}@example.org`);
  await page.getByLabel("Mot de passe").fill("une armoire en chêne clair");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commandes et réservations" })).toBeVisible();
  await expect(page.getByText("Aucune commande pour le moment.")).toBeVisible();

  // Both made through the API with this browser's session, as the checkout and reserve pages do.
  const catalog = (await (await page.request.get("/api/products?limit=40")).json()) as { items: ApiProduct[] };
  let chosen: { product: ApiProduct; sku: ApiSku; store: string } | undefined;
  for (const product of catalog.items.filter((candidate) => candidate.availableOnline)) {
    const { skus } = (await (await page.request.get(`/api/products/${product.slug}`)).json()) as { skus: ApiSku[] };
    const sku = skus.find((candidate) => candidate.onlineStock > 0 && candidate.storeStock > 0);
    if (!sku) continue;
    const { stores } = (await (await page.request.get(`/api/stores?sku=${encodeURIComponent(sku.sku)}`)).json()) as { stores: { slug: string; stock: number }[] };
    const store = stores.find((candidate) => candidate.stock > 0);
    if (store) chosen = { product, sku, store: store.slug };
    if (chosen) break;
  }
  expect(chosen, "a SKU sold online and in a store").toBeTruthy();
  const { product, sku, store } = chosen!;
  const ordered = await page.request.post("/api/orders", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: { email: "ines@example.org", lines: [{ sku: sku.sku, quantity: 1 }], fulfilment: { type: "delivery", phone: "06 12 34 56 78", address: { name: "Inès Roux", line1: "3 quai Saint-Antoine", postcode: "69002", city: "Lyon" } }, acceptTerms: true },
  });
  expect(ordered.status()).toBe(201);
  const reserved = await page.request.post("/api/reservations", { data: { sku: sku.sku, store, quantity: 1 } });
  expect(reserved.status()).toBe(201);
  const { code } = (await reserved.json()) as { code: string };

  await page.reload();
  const reservations = page.getByRole("region", { name: "Réservations en magasin" });
  await expect(reservations.getByRole("link", { name: new RegExp(product.name) })).toBeVisible();
  await expect(reservations).toContainText(`code ${code}`);
  const orders = page.getByRole("region", { name: "Commandes" });
  await expect(orders.getByRole("link", { name: /Commande n°/ })).toHaveCount(1);
  // Delivered to the door: the default fee (docs/delivery.md) under 50 € of items.
  await expect(orders).toContainText(euros(sku.priceCents + (sku.priceCents >= 5000 ? 0 : 490)));
  await expectNoAxeViolations(page);

  await reservations.getByRole("link", { name: new RegExp(product.name) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre réservation" })).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();
});
