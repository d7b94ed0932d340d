/// <reference lib="webworker" />

/** The site path a notification opens: its own, if it is one of this origin's, else the home page. */
export function notificationUrl(data: unknown, origin: string): string {
  const url = typeof data === "object" && data !== null ? (data as { url?: unknown }).url : undefined;
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//")) return new URL("/", origin).href;
  const target = new URL(url, origin);
  return target.origin === origin ? target.href : new URL("/", origin).href;
}

/**
 * `notificationclick`: shows the message's page in a tab of this site — the one already on it,
 * else the first one open, moved there — and brings it forward; with no tab, opens one. Pages
 * load through the worker's navigation route, so with no network a product page still comes
 * from the cache or the offline catalog shell (docs/offline.md).
 */
export function handleNotificationClick(worker: ServiceWorkerGlobalScope, event: NotificationEvent): void {
  event.notification.close();
  const url = notificationUrl(event.notification.data, worker.location.origin);
  event.waitUntil(
    (async () => {
      const windows = await worker.clients.matchAll({ type: "window" });
      const tab = windows.find((client) => client.url === url) ?? windows[0];
      if (!tab) {
        await worker.clients.openWindow(url);
        return;
      }
      const shown = tab.url === url ? tab : ((await tab.navigate(url)) ?? tab);
      // The browser may refuse focus (no user activation): the tab shows the page either way.
      await shown.focus().catch(() => undefined);
    })(),
  );
}
