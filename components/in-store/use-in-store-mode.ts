"use client";

import { useSyncExternalStore } from "react";
import { nextTask } from "@/lib/browser/idle";
import { readInStoreMode, subscribeInStoreMode, type InStoreMode } from "@/lib/in-store/mode";

// The page's first read of localStorage opens its storage area, tens of milliseconds on a slow
// phone; it waits for a task of its own instead of joining React's one task of mount effects
// (docs/benchmarks.md, run 14). Once read, later islands read it at once.
let opened = false;

const snapshot = () => (opened ? readInStoreMode() : null);

function subscribe(onChange: () => void): () => void {
  if (opened) return subscribeInStoreMode(onChange);
  let unsubscribe: (() => void) | null = null;
  let cancelled = false;
  void nextTask().then(() => {
    if (cancelled) return;
    opened = true;
    unsubscribe = subscribeInStoreMode(onChange);
    onChange();
  });
  return () => {
    cancelled = true;
    unsubscribe?.();
  };
}

/** In-store mode as React state: null on the server and at hydration (pages are the same for everyone), then the browser's. */
export function useInStoreMode(): InStoreMode | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
