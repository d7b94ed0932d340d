import type { GeofencedStore } from "./geofence";

/**
 * In-store mode's state (docs/in-store.md), kept in this browser only: localStorage, never a
 * cookie, so the cached pages stay the same for everyone and the server never learns where the
 * shopper stands. Pages' islands read it; a change is broadcast to this tab and the others.
 */
export interface InStoreMode extends GeofencedStore {
  /** "position": the geofence found it and will end it; "chosen": the shopper said so. */
  via: "position" | "chosen";
}

const KEY = "vitrine.inStore";
/** The store the shopper left by hand: the position does not bring them back in until they have walked out of it. */
const DISMISSED_KEY = "vitrine.inStore.dismissed";
const EVENT = "vitrine:in-store";

/**
 * What localStorage holds is checked by hand, not with zod: this module is in every page's first
 * load (the in-store banner), where zod (even zod/mini) added 23 kB of gzipped JavaScript to check
 * six fields (docs/in-store.md).
 */
function isInStoreMode(value: unknown): value is InStoreMode {
  if (typeof value !== "object" || value === null) return false;
  const mode = value as Record<string, unknown>;
  const within = (n: unknown, limit: number) => typeof n === "number" && Number.isFinite(n) && Math.abs(n) <= limit;
  return (
    typeof mode.slug === "string" &&
    /^[a-z0-9][a-z0-9-]{0,63}$/.test(mode.slug) &&
    typeof mode.name === "string" &&
    mode.name.length <= 200 &&
    within(mode.lat, 90) &&
    within(mode.lng, 180) &&
    typeof mode.radiusMetres === "number" &&
    mode.radiusMetres > 0 &&
    Number.isFinite(mode.radiusMetres) &&
    (mode.via === "position" || mode.via === "chosen")
  );
}

let cached: { raw: string | null; mode: InStoreMode | null } = { raw: null, mode: null };

/** The current mode, the same object while it does not change (useSyncExternalStore needs that). */
export function readInStoreMode(): InStoreMode | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw === cached.raw) return cached.mode;
  let mode: InStoreMode | null = null;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    mode = isInStoreMode(parsed) ? parsed : null;
  } catch {
    mode = null;
  }
  cached = { raw, mode };
  return mode;
}

export function setInStoreMode(mode: InStoreMode | null): void {
  try {
    if (mode) localStorage.setItem(KEY, JSON.stringify(mode));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the mode cannot be kept; nothing else depends on it.
  }
  window.dispatchEvent(new Event(EVENT));
}

/** "Quitter le mode magasin": ends the mode and keeps the position from starting it again for this store while still inside. */
export function leaveInStoreMode(): void {
  const current = readInStoreMode();
  try {
    if (current) localStorage.setItem(DISMISSED_KEY, current.slug);
  } catch {
    // As in setInStoreMode.
  }
  setInStoreMode(null);
}

export function dismissedStore(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

export function clearDismissedStore(): void {
  try {
    localStorage.removeItem(DISMISSED_KEY);
  } catch {
    // As in setInStoreMode.
  }
}

export function subscribeInStoreMode(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener(EVENT, listener);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(EVENT, listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** Stores and their radii (`GET /api/in-store/stores`); empty when offline. */
export async function fetchGeofencedStores(): Promise<GeofencedStore[]> {
  try {
    const response = await fetch("/api/in-store/stores");
    return response.ok ? ((await response.json()) as { stores: GeofencedStore[] }).stores : [];
  } catch {
    return [];
  }
}

/** Whether the shopper already allowed location: the mode never asks on its own (Permissions API). */
export async function locationAlreadyAllowed(): Promise<boolean> {
  try {
    return "geolocation" in navigator && (await navigator.permissions.query({ name: "geolocation" })).state === "granted";
  } catch {
    return false;
  }
}
