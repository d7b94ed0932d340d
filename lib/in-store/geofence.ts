import { distanceKm, type LatLng } from "../stores/distance";

/**
 * Which store a position is in, for in-store mode (docs/in-store.md). Pure: the browser island
 * and the tests share it.
 */

/** The default radius around a store's coordinates that counts as "in the store", in metres. */
export const DEFAULT_IN_STORE_RADIUS_METRES = 150;
/** Leaving takes a fix this much farther than the radius, so GPS jitter at the door does not flip the mode. */
export const EXIT_MARGIN = 1.25;

export interface GeofencedStore extends LatLng {
  slug: string;
  name: string;
  /** Radius in metres around lat/lng. */
  radiusMetres: number;
}

/** `IN_STORE_RADIUS_METRES` as a whole number of metres between 10 and 5000, else the default. */
export function inStoreRadiusMetres(value: string | undefined): number {
  const metres = /^\d{1,4}$/.test(value ?? "") ? Number(value) : NaN;
  return metres >= 10 && metres <= 5000 ? metres : DEFAULT_IN_STORE_RADIUS_METRES;
}

/** The nearest store whose radius holds `position`, or null. */
export function storeAt<T extends GeofencedStore>(position: LatLng, stores: readonly T[]): T | null {
  let best: { store: T; metres: number } | null = null;
  for (const store of stores) {
    const metres = distanceKm(position, store) * 1000;
    if (metres <= store.radiusMetres && (!best || metres < best.metres)) best = { store, metres };
  }
  return best?.store ?? null;
}

/** Whether a fix at `position` means the shopper has left `store` (beyond its radius plus the margin). */
export function hasLeft(position: LatLng, store: GeofencedStore): boolean {
  return distanceKm(position, store) * 1000 > store.radiusMetres * EXIT_MARGIN;
}
