import type { Page } from "@playwright/test";

/**
 * The service worker is installed, its precache complete, and it has taken over this page
 * (clientsClaim): a page loaded before the worker existed still had its HTML from the network.
 */
export async function waitForWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000, polling: 250 });
}

/** The catalog mirror is filled in idle time after the first visit: wait until its sync is complete (meta.catalogSyncedAt). */
export async function waitForMirror(page: Page) {
  await page.waitForFunction(
    async () => {
      // Opening a database that does not exist yet would create an empty one: wait for the app's.
      if (!(await indexedDB.databases()).some((database) => database.name === "vitrine")) return false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("vitrine");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains("meta")) return false;
        return await new Promise<boolean>((resolve) => {
          const request = db.transaction("meta").objectStore("meta").get("catalogSyncedAt");
          request.onsuccess = () => resolve(typeof request.result === "string");
          request.onerror = () => resolve(false);
        });
      } finally {
        db.close();
      }
    },
    null,
    { timeout: 90_000, polling: 500 },
  );
}

/** Images on the page that show nothing: failed to load and not replaced by the placeholder. */
export async function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.images)
      .filter((image) => image.complete && image.naturalWidth === 0)
      .map((image) => image.currentSrc || image.src),
  );
}
