"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Workbox } from "workbox-window";
import { signedInHint } from "@/lib/auth/signed-in-hint";
import { afterLoadWhenIdle, whenIdle } from "@/lib/browser/idle";
import { isOnline, isOnlineOnServer, subscribeOnline } from "@/lib/offline/online-status";

export interface PwaTexts {
  offline: string;
  offlineDetail: string;
  updateAvailable: string;
  updateDetail: string;
  update: string;
}

/** The mirror is refreshed at most this often per device (a refresh is one small request). */
const MIRROR_REFRESH_MS = 5 * 60_000;
/** The mirror fills in idle time: on a first visit, after the page has settled. */
const MIRROR_IDLE = { timeout: 10_000, fallbackMs: 2000 };
/** Cart replay, worker registration: after the page's load event, when the browser is idle. */
const AFTER_LOAD = { timeout: 5000, fallbackMs: 1000 };
const UPDATE_CHECK_MS = 30 * 60_000;
const CHUNK_RELOAD_KEY = "vitrine.chunkReloadAt";

/**
 * The storefront's PWA side, mounted once in the layout: registers the service worker, keeps the
 * catalog mirror and the cart outbox in step, and shows (in the page flow, so it never covers
 * what the shopper is reading) the offline status and the update prompt. The install offer is
 * InstallOffer's, below the content.
 */
export function PwaNotices({ texts }: { texts: PwaTexts }) {
  const online = useSyncExternalStore(subscribeOnline, isOnline, isOnlineOnServer);
  const [waiting, setWaiting] = useState(false);
  const workbox = useRef<Workbox | null>(null);
  const updateRequested = useRef(false);

  useEffect(() => reloadOnChunkError(), []);
  useEffect(() => {
    // The page is the same for everyone (cached): whether to pull the account cart is asked here.
    // The replay's code (outbox, sync, merge) is fetched then, not with the page (docs/benchmarks.md).
    let stop: (() => void) | undefined;
    let active = true;
    const cancel = afterLoadWhenIdle(() => {
      void Promise.all([signedInHint(), import("./background")]).then(([signedIn, { startCartReplay }]) => {
        if (active) stop = startCartReplay({ signedIn });
      });
    }, AFTER_LOAD);
    return () => {
      active = false;
      cancel();
      stop?.();
    };
  }, []);
  useEffect(() => whenIdle(() => void refreshMirror(), MIRROR_IDLE), []);
  useEffect(() => {
    if (!online) return;
    return whenIdle(() => void refreshMirror(), MIRROR_IDLE);
  }, [online]);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    // Only the tab whose shopper pressed "Update" reloads; other tabs keep their build, whose
    // chunks stay in the worker's cache. (Workbox's own "controlling" event skips updates found
    // after registration, hence the raw controllerchange.)
    const onControllerChange = () => {
      if (updateRequested.current) window.location.reload();
    };
    navigator.serviceWorker.addEventListener("controllerchange", onControllerChange);
    let stopped = false;
    let interval: ReturnType<typeof setInterval> | undefined;
    // Registered once the page has loaded, so the worker's install never competes with it.
    const cancel = afterLoadWhenIdle(() => {
      void import("workbox-window").then(({ Workbox }) => {
        if (stopped) return;
        const wb = new Workbox("/sw.js", { scope: "/" });
        workbox.current = wb;
        wb.addEventListener("waiting", () => setWaiting(true));
        void wb.register().catch(() => undefined);
        interval = setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
      });
    }, AFTER_LOAD);
    return () => {
      stopped = true;
      cancel();
      clearInterval(interval);
      navigator.serviceWorker.removeEventListener("controllerchange", onControllerChange);
    };
  }, []);

  const update = () => {
    updateRequested.current = true;
    workbox.current?.messageSkipWaiting();
  };

  return (
    <div className="mx-auto w-full max-w-6xl px-4 empty:hidden">
      {/* One offline banner: a page that says so itself (data-offline-notice, the catalog shell) hides this one. */}
      <div role="status" aria-label={online ? undefined : texts.offline} className="[body:has([data-offline-notice])_&]:hidden">
        {!online && (
          <p className="mt-3 rounded-md bg-ink px-4 py-2 text-sm text-white">
            <strong>{texts.offline}</strong> · {texts.offlineDetail}
          </p>
        )}
      </div>
      {waiting && (
        <section aria-label={texts.updateAvailable} className="mt-3 flex flex-wrap items-center gap-3 rounded-md border border-brand bg-white px-4 py-3 text-sm">
          <p className="flex-1">
            <strong>{texts.updateAvailable}</strong> · {texts.updateDetail}
          </p>
          <button type="button" onClick={update} className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {texts.update}
          </button>
        </section>
      )}
    </div>
  );
}


/** The mirror's code is fetched only when it runs, in idle time, not with the page. */
async function refreshMirror() {
  if (!navigator.onLine) return;
  const { mirrorSyncedAt, syncMirror } = await import("./background");
  const last = await mirrorSyncedAt();
  if (last && Date.now() - Date.parse(last) < MIRROR_REFRESH_MS) return;
  await syncMirror();
}

/**
 * A tab still on an older build can ask for a chunk no server has any more (not cached either):
 * reload once onto the current build rather than leave a broken page.
 */
function reloadOnChunkError(): () => void {
  const reload = () => {
    const last = Number(sessionStorage.getItem(CHUNK_RELOAD_KEY) ?? 0);
    if (Date.now() - last < 30_000) return;
    sessionStorage.setItem(CHUNK_RELOAD_KEY, String(Date.now()));
    window.location.reload();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { name?: string; message?: string } | undefined;
    if (reason?.name === "ChunkLoadError" || /Loading (CSS )?chunk|Failed to load chunk/i.test(reason?.message ?? "")) reload();
  };
  const onError = (event: Event) => {
    const target = event.target as HTMLScriptElement | HTMLLinkElement | null;
    const url = target && "src" in target ? target.src : target && "href" in target ? target.href : "";
    if (url.includes("/_next/static/")) reload();
  };
  window.addEventListener("unhandledrejection", onRejection);
  window.addEventListener("error", onError, true);
  return () => {
    window.removeEventListener("unhandledrejection", onRejection);
    window.removeEventListener("error", onError, true);
  };
}
