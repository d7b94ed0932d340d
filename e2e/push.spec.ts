import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { startPushService, type PushService } from "../lib/testing/push-service";
import { expectNoAxeViolations } from "./support/axe";
import { allProducts } from "./support/stock";

/**
 * Web push end to end, without internet (docs/engagement.md#testing-push): a local push service
 * (web-push-testing, on E2E_PUSH_PORT, default E2E_PORT + 1; playwright.config.ts lets the server
 * send to it) receives the server's encrypted message when the shop restocks a SKU a signed-in
 * shopper asked about; the service worker shows it (CDP ServiceWorker.deliverPushMessage) and its
 * click opens the product; the home page's message center lists the alert that fired.
 */

const PASSWORD = "velo rouge sous la pluie";
const ADMIN = { email: "admin@vitrine.localhost", password: process.env.DEMO_ADMIN_PASSWORD ?? "vitrine-demo-admin" };
const PUSH_PORT = Number(process.env.E2E_PUSH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

let push: PushService;
test.beforeAll(async () => {
  push = await startPushService(PUSH_PORT);
});
test.afterAll(async () => {
  await push?.stop();
});

async function newContext(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, baseURL } = info.project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, baseURL });
  await context.grantPermissions(["notifications"], { origin: new URL(baseURL!).origin });
  return context;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Headless Chromium refuses a real subscription: the page's pushManager hands out the local service's instead. */
async function stubPushManager(context: BrowserContext, subscription: { endpoint: string; keys: { p256dh: string; auth: string } }) {
  await context.addInitScript((json) => {
    let subscribed = false;
    const fake = { endpoint: json.endpoint, expirationTime: null, toJSON: () => ({ ...json, expirationTime: null }), unsubscribe: async () => true };
    PushManager.prototype.getSubscription = async function () {
      return (subscribed ? fake : null) as unknown as PushSubscription;
    };
    PushManager.prototype.subscribe = async function () {
      subscribed = true;
      return fake as unknown as PushSubscription;
    };
  }, subscription);
}

test("a shopper asks to be told, the shop restocks, the push arrives, is shown, and its click opens the product", async ({ browser, request }, info) => {
  test.setTimeout(180_000);
  // A SKU sold out online, taken from the end of the catalog (other specs pick from the start).
  const products = await allProducts(request);
  const target = products
    .toReversed()
    .flatMap((product) => product.skus.filter((sku) => sku.onlineStock === 0).map((sku) => ({ product, sku })))
    .at(info.project.name === "phone" ? 0 : 1)!;
  expect(target, "a SKU sold out online").toBeTruthy();
  const productPath = `/products/${target.product.slug}?sku=${encodeURIComponent(target.sku.sku)}`;

  const { publicKey } = (await (await request.get("/api/push/public-key")).json()) as { publicKey: string };
  const { subscription, clientHash } = await push.subscribe(publicKey);

  const context = await newContext(browser, info);
  await stubPushManager(context, subscription);
  const email = `push-${info.project.name}-${Date.now()}@example.com`;
  const signUp = await context.request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: "Léa Martin" }, headers: { Origin: new URL(info.project.use.baseURL!).origin } });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  const page = await context.newPage();
  await page.goto(productPath);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  // The gesture that says why, then the alert.
  const notifyMe = page.getByRole("button", { name: "Prévenez-moi" });
  await expect(notifyMe).toBeVisible();
  await expect(page.getByText("Nous vous prévenons une seule fois, dès que cet article revient en ligne.")).toBeVisible();
  await notifyMe.click();
  await expect(page.getByRole("status").filter({ hasText: "C’est noté : nous vous prévenons dès son retour." })).toBeVisible();
  await expectNoAxeViolations(page);

  // The shop restocks it online (back office API).
  const adminContext = await browser.newContext({ baseURL: info.project.use.baseURL });
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  const restock = await admin.request.put("/api/admin/stock", { data: { sku: target.sku.sku, location: "online", quantity: 4 } });
  expect(restock.status(), await restock.text()).toBe(200);
  await adminContext.close();

  // The local push service received the server's encrypted message (it decrypts it for us).
  await expect.poll(async () => (await push.notifications(clientHash)).length, { timeout: 30_000 }).toBe(1);
  const [message] = await push.notifications(clientHash);
  const payload = JSON.parse(message!) as { title: string; body: string; url: string };
  expect(payload).toMatchObject({ title: `De retour : ${target.product.name}`, url: productPath });

  // Delivered to this browser's worker over CDP, the worker shows it.
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((registration) => !registration.isDeleted && registration.scopeURL.startsWith(new URL(info.project.use.baseURL!).origin));
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(info.project.use.baseURL!).origin, registrationId: await registrationId, data: message! });
  const shown = () =>
    page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, url: (n.data as { url: string }).url })));
  await expect.poll(async () => (await shown()).length).toBe(1);
  expect((await shown())[0]).toEqual({ title: payload.title, body: payload.body, url: productPath });

  // The click: the worker's notificationclick handler moves the open tab to the product. (A
  // dispatched event is not a user's click, so the browser would refuse a new window; the
  // worker-side path with no tab, clients.openWindow, is the same URL.)
  const [worker] = context.serviceWorkers();
  expect(worker, "the page's service worker").toBeTruthy();
  const click = () =>
    worker!.evaluate(async () => {
      // Worker-only globals, typed here by hand (the spec compiles with the DOM library).
      const scope = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(event: Event): boolean };
      const { NotificationEvent } = globalThis as unknown as { NotificationEvent: new (type: string, init: { notification: Notification }) => Event };
      const [notification] = await scope.registration.getNotifications();
      scope.dispatchEvent(new NotificationEvent("notificationclick", { notification: notification! }));
    });
  await page.goto("/cart");
  await click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === productPath);
  await expect(page.getByRole("heading", { level: 1, name: target.product.name })).toBeVisible();
  expect(await shown()).toEqual([]);

  // With no network, the same notification still opens the product, from the device.
  await page.goto("/cart");
  await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(info.project.use.baseURL!).origin, registrationId: await registrationId, data: message! });
  await expect.poll(async () => (await shown()).length).toBe(1);
  await context.setOffline(true);
  await click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === productPath);
  await expect(page.getByRole("heading", { level: 1, name: target.product.name })).toBeVisible();
  await context.setOffline(false);

  // The message center on the home page lists the alert that fired, and "read" sticks.
  await page.goto("/");
  const center = page.getByRole("region", { name: "Vos messages" });
  await expect(center.getByRole("link", { name: new RegExp(`De retour : ${target.product.name}`) })).toBeVisible();
  await expectNoAxeViolations(page);
  await center.getByRole("button", { name: /Marquer comme lu/ }).first().click();
  await expect(center.getByRole("button", { name: /Marquer comme lu/ })).toHaveCount(0);
  await page.reload();
  await expect(center.getByRole("link", { name: new RegExp(`De retour : ${target.product.name}`) })).toBeVisible();
  await expect(center.getByText("Nouveau", { exact: true })).toHaveCount(0);
  await context.close();
});

test("bad input to the push and alert API gets a clear 4xx and changes nothing", async ({ browser }, info) => {
  const context = await newContext(browser, info);
  const origin = new URL(info.project.use.baseURL!).origin;
  const email = `push-bad-${info.project.name}-${Date.now()}@example.com`;
  expect((await context.request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: "Noé" }, headers: { Origin: origin } })).ok()).toBe(true);
  const api = context.request;
  const p256dh = Buffer.alloc(65, 4).toString("base64url");
  const auth = Buffer.alloc(16, 7).toString("base64url");
  for (const data of [
    { endpoint: "https://evil.example/push", keys: { p256dh, auth } },
    { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh: "nope", auth } },
    { endpoint: "https://fcm.googleapis.com/x" },
    { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh, auth }, extra: 1 },
  ]) {
    const response = await api.post("/api/push/subscriptions", { data });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    expect((await response.json()) as unknown).toMatchObject({ error: { code: "bad_request" } });
  }
  const alerts: [unknown, number, string][] = [
    [{ sku: "NO-SUCH-SKU", channel: "email" }, 404, "unknown_sku"],
    [{ sku: "NO-SUCH-SKU", channel: "sms" }, 400, "bad_request"],
    [{ sku: "../x", channel: "push" }, 400, "bad_request"],
  ];
  for (const [data, status, code] of alerts) {
    const response = await api.post("/api/alerts", { data });
    expect(response.status(), JSON.stringify(data)).toBe(status);
    expect((await response.json()) as unknown).toMatchObject({ error: { code } });
  }
  const anySku = (await allProducts(api))[0]!.skus[0]!.sku;
  const unknownStore = await api.post("/api/alerts", { data: { sku: anySku, store: "atlantis", channel: "email" } });
  expect(unknownStore.status()).toBe(404);
  expect((await (await api.get("/api/messages")).json()) as unknown).toEqual({ messages: [] });
  // Signed out: push alerts need an account.
  const anonymous = await browser.newContext({ baseURL: info.project.use.baseURL });
  expect((await anonymous.request.post("/api/alerts", { data: { sku: anySku, channel: "push" } })).status()).toBe(401);
  expect((await anonymous.request.post("/api/push/subscriptions", { data: { endpoint: "https://fcm.googleapis.com/x", keys: { p256dh, auth } } })).status()).toBe(401);
  await anonymous.close();
  await context.close();
});
