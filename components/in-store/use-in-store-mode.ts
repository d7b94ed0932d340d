"use client";

import { useSyncExternalStore } from "react";
import { readInStoreMode, subscribeInStoreMode, type InStoreMode } from "@/lib/in-store/mode";

/** In-store mode as React state: null on the server and at hydration (pages are the same for everyone), then the browser's. */
export function useInStoreMode(): InStoreMode | null {
  return useSyncExternalStore(subscribeInStoreMode, readInStoreMode, () => null);
}
