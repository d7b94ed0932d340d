export interface LatLng {
  lat: number;
  lng: number;
}

/** IUGG mean Earth radius: the usual choice for haversine, within 0.5% of the ellipsoid anywhere. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding pushing h just above 1 for antipodal points (asin would give NaN).
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** A finite latitude in [-90, 90] and longitude in [-180, 180]: what query parameters must be before use. */
export function isValidPosition(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/**
 * Copies of `stores` with `distanceKm` from `origin` rounded to 0.1 km, nearest first. Ties (same
 * rounded distance) go by name so the order is stable between requests and devices.
 */
export function sortByDistance<T extends LatLng & { name: string }>(stores: readonly T[], origin: LatLng): (T & { distanceKm: number })[] {
  return stores
    .map((store) => ({ ...store, distanceKm: Math.round(distanceKm(origin, store) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, "fr"));
}
