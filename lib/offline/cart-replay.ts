import type { CartMergeChange } from "../cart/types";
import { subscribeToCart } from "./cart-store";
import { CART_SYNC_TAG, hasPendingCartChanges, syncCartWithServer } from "./cart-sync";
import { readDeviceSession } from "./personal-data";

/**
 * Page-side replay of the cart outbox (every browser), next to Background Sync (Chromium, in
 * the service worker). Runs after each cart change, when the network comes back, and at start.
 */

export type MergeListener = (changes: CartMergeChange[]) => void;

const mergeListeners = new Set<MergeListener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let pullAccountCart = false;

/**
 * Starts replaying; returns a function that stops. Call once per page (the PWA agent does).
 * `signedIn`: the account cart may have changed on another device, so this device also pulls it
 * at start, when the network comes back and when the tab is shown again, even with nothing to send.
 */
export function startCartReplay({ signedIn }: { signedIn: boolean }): () => void {
  pullAccountCart = signedIn;
  const onOnline = () => schedule(0);
  const onVisible = () => {
    if (document.visibilityState === "visible" && signedIn) schedule(0);
  };
  window.addEventListener("online", onOnline);
  document.addEventListener("visibilitychange", onVisible);
  const unsubscribe = subscribeToCart(() => schedule(400));
  schedule(1500);
  return () => {
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onVisible);
    unsubscribe();
    clearTimeout(timer);
  };
}

/** Tells `listener` what a sync with the account cart changed on this device. */
export function onCartMerged(listener: MergeListener): () => void {
  mergeListeners.add(listener);
  return () => {
    mergeListeners.delete(listener);
  };
}

/** Reports changes from a sync made elsewhere on the page (e.g. right after sign-in). */
export function reportCartMerge(changes: CartMergeChange[]) {
  if (changes.length === 0) return;
  for (const listener of mergeListeners) listener(changes);
}

function schedule(delay: number) {
  clearTimeout(timer);
  timer = setTimeout(() => void replay(), delay);
}

async function replay() {
  // A device that held a session (or a sign-out to send) checks in even with nothing to send:
  // that is how it learns a session expired or was revoked, and clears what was the account's.
  if (!pullAccountCart && !(await hasPendingCartChanges()) && !(await readDeviceSession())) return;
  if (!navigator.onLine) {
    await registerBackgroundSync();
    return;
  }
  const result = await syncCartWithServer();
  if (Array.isArray(result)) reportCartMerge(result);
  else if (result === "offline" || result === "failed") await registerBackgroundSync();
}

/** Chromium replays the outbox from the worker when the network is back, even with the tab closed. */
async function registerBackgroundSync() {
  try {
    if (!("serviceWorker" in navigator)) return;
    // getRegistration, not ready: `ready` never settles where no worker is registered (dev).
    const registration = (await navigator.serviceWorker.getRegistration()) as
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
    await registration?.sync?.register(CART_SYNC_TAG);
  } catch {
    // No Background Sync here: the "online" event above does the replay instead.
  }
}
