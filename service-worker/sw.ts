/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { ExpirationPlugin } from "workbox-expiration";
import { addPlugins, matchPrecache, precache } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst, NetworkOnly } from "workbox-strategies";
import { CACHE_NAMES } from "../lib/offline/cache-names";
import { isStorableResponse } from "../lib/offline/cache-policy";
import { CART_SYNC_TAG, hasPendingCartChanges, syncCartWithServer } from "../lib/offline/cart-sync";
import { ZXING_WASM_PATH } from "../lib/in-store/decoder-path";
import { CATALOG_SHELL_PAGE, OFFLINE_PAGE, catalogRoute, inPageLanguage, isPersonalPath, loyaltyShellFor } from "../lib/offline/routes";
import { parseWorkerMessage } from "./messages";
import { handleNotificationClick } from "./notification-click";
import { handlePush } from "./push";

/**
 * Vitrine's service worker (docs/offline.md). Bundled by
 * scripts/build-sw.mjs, which fills in the two constants below from the Next.js build.
 */
declare const self: ServiceWorkerGlobalScope;
/** Pages precached at install: the offline page, the catalog shell, the cart, the scan page and its decoder. */
declare const __SW_PAGES__: { url: string; revision: string }[];
/** Every file of the build's `/_next/static/`, so an offline first load finds its code. */
declare const __SW_STATIC__: string[];
/** Changes with every build (build id + SW_REVISION): a new worker waits for the shopper. */
declare const __SW_REVISION__: string;

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/**
 * Never keeps a response marked `no-store` or `private` (lib/offline/cache-policy.ts): every
 * runtime strategy below carries it, so no personal page reaches Cache Storage whatever route
 * served it. Workbox stores a response only if every plugin's cacheWillUpdate returns it. The
 * precached shells carry it too: they are static pages, so a shell answered `private` would be a
 * regression, refused at install rather than kept (docs/offline.md).
 */
const neverPersonal = {
  cacheWillUpdate: async ({ response }: { response: Response }) => (isStorableResponse(response) ? response : null),
};
/** The plugins every runtime strategy starts with: complete answers only, nothing personal. */
const storable = () => [new CacheableResponsePlugin({ statuses: [200] }), neverPersonal];

addPlugins([neverPersonal]);
precache(__SW_PAGES__);

const staticFiles = new CacheFirst({
  cacheName: CACHE_NAMES.static,
  plugins: [
    ...storable(),
    // Several builds' chunks fit; the oldest go first. Tabs still on an older build keep theirs.
    new ExpirationPlugin({ maxEntries: 600, maxAgeSeconds: 60 * 24 * 3600, purgeOnQuotaError: true }),
  ],
});

const pages = new NetworkFirst({
  cacheName: CACHE_NAMES.pages,
  networkTimeoutSeconds: 3,
  plugins: [
    ...storable(),
    new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 14 * 24 * 3600, purgeOnQuotaError: true }),
  ],
});

const images = new CacheFirst({
  cacheName: CACHE_NAMES.images,
  plugins: [
    ...storable(),
    new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true }),
  ],
});

const personal = new NetworkOnly();

self.addEventListener("install", (event) => {
  // Warming goes through the strategy so the expiration plugin knows each entry. One failed
  // file (a build served by another instance) must not fail the install: allSettled.
  event.waitUntil(Promise.allSettled(__SW_STATIC__.map((url) => staticFiles.handle({ event, request: new Request(url) }))));
});

// Taking control of pages opened before the first install is safe (there was no worker); an
// update still waits for the shopper's "Update" (skipWaiting only on their message).
clientsClaim();

registerRoute(({ url, request }) => url.origin === self.location.origin && isPersonalPath(url.pathname) && request.mode !== "navigate", personal);

registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin,
  async (options) => {
    const url = options.url;
    if (isPersonalPath(url.pathname)) {
      try {
        return await personal.handle(options);
      } catch {
        return offlineFallback(url);
      }
    }
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // Network down and not cached: fall back below.
    }
    return offlineFallback(url);
  },
);

registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/_next/static/"), staticFiles);
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/images/products/"), images);
// The scanner's decoder, precached: scanning works offline (docs/in-store.md).
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === ZXING_WASM_PATH,
  async ({ request }) => (await matchPrecache(ZXING_WASM_PATH)) ?? fetch(request),
);

/**
 * A precached copy of this very page (the cart), else the loyalty card shell (the card page is
 * personal: its shell draws the card from IndexedDB), else the catalog shell, else the offline page.
 */
async function offlineFallback(url: URL): Promise<Response> {
  const own = await matchPrecache(url.pathname);
  if (own) return own;
  const loyaltyShell = loyaltyShellFor(url.pathname);
  if (loyaltyShell) {
    const shell = await matchPrecache(loyaltyShell);
    if (shell) return shell;
  }
  if (!isPersonalPath(url.pathname) && catalogRoute(url)) {
    const shell = await matchPrecache(inPageLanguage(CATALOG_SHELL_PAGE, url.pathname));
    if (shell) return shell;
  }
  return (await matchPrecache(inPageLanguage(OFFLINE_PAGE, url.pathname))) ?? Response.error();
}

self.addEventListener("message", (event) => {
  const message = parseWorkerMessage(event.data);
  if (!message) return;
  if (message.type === "SKIP_WAITING") void self.skipWaiting();
  if (message.type === "GET_VERSION") event.ports[0]?.postMessage({ revision: __SW_REVISION__ });
});

// Background Sync (Chromium): replay the cart outbox once the network is back, even if the
// shopper closed the tab. A throw tells the browser to try again later.
self.addEventListener("sync", (event: Event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== CART_SYNC_TAG) return;
  sync.waitUntil(
    (async () => {
      if (!(await hasPendingCartChanges())) return;
      const result = await syncCartWithServer();
      if (result === "offline" || result === "failed") throw new Error(`cart sync ${result}`);
    })(),
  );
});

// Web push (docs/engagement.md#web-push): show the message; a click opens its page, online or not.
self.addEventListener("push", (event) => handlePush(self, event));
self.addEventListener("notificationclick", (event) => handleNotificationClick(self, event));
