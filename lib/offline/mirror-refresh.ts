import { MIRROR_SYNCED_AT_KEY, openVitrineDb } from "./db";
import type { MirrorSyncResult } from "./mirror-sync";
import { singleFlight } from "./single-flight";

/**
 * Filling the catalog mirror (docs/offline.md, "Catalog mirror"), apart from reading it
 * (lib/offline/mirror.ts): every page checks the mirror's age after load, and this is all the
 * code that check needs. The sync itself runs in a dedicated worker, so its code (feed parsing,
 * index building) is fetched by the worker, not by the page.
 */

/**
 * Brings the mirror up to date; concurrent callers share one run. Never throws. The sync runs in
 * a dedicated worker (a 10,000-product first sync otherwise blocks the page for over a second on
 * a phone, docs/benchmarks.md); `fetchPage` (tests) runs it here instead, as does a browser that
 * cannot start the worker.
 */
export const syncMirror = singleFlight(async (fetchPage?: typeof fetch): Promise<MirrorSyncResult> => {
  return fetchPage || typeof Worker !== "function" ? syncInPage(fetchPage) : syncInWorker();
});

async function syncInPage(fetchPage?: typeof fetch): Promise<MirrorSyncResult> {
  const { runMirrorSync } = await import("./mirror-sync");
  return runMirrorSync(fetchPage);
}

function syncInWorker(): Promise<MirrorSyncResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./mirror.worker.ts", import.meta.url), { name: "catalog-mirror" });
    } catch {
      resolve(syncInPage());
      return;
    }
    worker.onmessage = (event: MessageEvent<MirrorSyncResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker's script did not load or threw before answering: the page does the work.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(syncInPage());
    };
  });
}

/** When the mirror last finished a sync; null if never (or IndexedDB is unavailable). */
export async function mirrorSyncedAt(): Promise<string | null> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return null;
  try {
    const value = await opened.db.get("meta", MIRROR_SYNCED_AT_KEY);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
