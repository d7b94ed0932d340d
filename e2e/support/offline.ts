import { expect, type Page } from "@playwright/test";

/**
 * The service worker is installed, its precache complete, and it has taken over this page
 * (clientsClaim): a page loaded before the worker existed still had its HTML from the network.
 */
export async function waitForWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000, polling: 250 });
}

/** A value of the app's IndexedDB `meta` store, or undefined (opening a database that does not exist yet would create an empty one: it is not opened then). */
export function metaValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (key) => {
    if (!(await indexedDB.databases()).some((database) => database.name === "vitrine")) return undefined;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("vitrine");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains("meta")) return undefined;
      return await new Promise<unknown>((resolve) => {
        const request = db.transaction("meta").objectStore("meta").get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
      });
    } finally {
      db.close();
    }
  }, key);
}

/** The catalog mirror is filled in idle time after the first visit: wait until its sync is complete (meta.catalogSyncedAt). */
export async function waitForMirror(page: Page) {
  await expect.poll(async () => typeof (await metaValue(page, "catalogSyncedAt")), { timeout: 90_000, intervals: [250, 500] }).toBe("string");
}

/** Images on the page that show nothing: failed to load and not replaced by the placeholder. */
export async function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.images)
      .filter((image) => image.complete && image.naturalWidth === 0)
      .map((image) => image.currentSrc || image.src),
  );
}
