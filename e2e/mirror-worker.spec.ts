import { expect, test, type Page } from "@playwright/test";
import { waitForMirror } from "./support/offline";

/**
 * docs/offline.md, "Catalog mirror": the first sync runs in a dedicated worker, off the page's main
 * thread; where no worker can start, the page runs the same sync itself.
 */

test.beforeEach(async ({ page }) => {
  // The home page loads more than the default 250 resources: keep every entry.
  await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
});

/** The feed requests the page itself made (a worker's are not in the page's resource timing). */
const pageFeedRequests = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").filter((entry) => new URL(entry.name).pathname === "/api/catalog").length);

test("the first sync fetches and stores the catalog in a worker, not in the page", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  let feedRequests = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/catalog") feedRequests += 1;
  });
  await page.goto("/");
  await waitForMirror(page);
  expect(workers.length).toBeGreaterThan(0);
  expect(feedRequests).toBeGreaterThan(0);
  expect(await pageFeedRequests(page)).toBe(0);
});

test("without Worker, the page syncs the mirror itself", async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  await page.goto("/");
  await waitForMirror(page);
  expect(await pageFeedRequests(page)).toBeGreaterThan(0);
});
