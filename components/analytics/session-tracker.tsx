"use client";

import { useEffect } from "react";
import { afterLoadWhenIdle } from "@/lib/browser/idle";

const OFFLINE_FLAG = "vitrine_offline_session";
/** Nothing here is visible: it waits until the page has loaded and the browser is idle. */
const AFTER_LOAD = { timeout: 5000, fallbackMs: 1000 };

/**
 * Counts browser sessions and the ones used offline (docs/back-office.md). Renders nothing; the
 * events go out with the view queue, so an offline session is reported when the network returns.
 * Its code (the queue in IndexedDB, the campaign) is fetched after the page has loaded, not with
 * it (docs/benchmarks.md).
 */
export function SessionTracker() {
  useEffect(() => {
    const tracking = () => import("@/components/pwa/background");
    const wentOffline = () => {
      try {
        if (sessionStorage.getItem(OFFLINE_FLAG)) return;
        sessionStorage.setItem(OFFLINE_FLAG, "1");
      } catch {
        return;
      }
      void tracking().then(({ track }) => track("offline_session"));
    };
    const cameBack = () => void tracking().then(({ flushViewQueue }) => flushViewQueue());
    const cancel = afterLoadWhenIdle(() => {
      void tracking().then(({ startSession }) => startSession());
      if (navigator.onLine === false) wentOffline();
    }, AFTER_LOAD);
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameBack);
    return () => {
      cancel();
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameBack);
    };
  }, []);
  return null;
}
