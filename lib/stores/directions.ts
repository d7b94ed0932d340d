import type { LatLng } from "./distance";

/**
 * A link that opens turn-by-turn directions to a store in the shopper's own maps app or site.
 * OpenStreetMap needs no API key and no tracking consent; phones hand it to their maps app.
 */
export function directionsUrl(to: LatLng): string {
  return `https://www.openstreetmap.org/directions?route=%3B${to.lat.toFixed(5)}%2C${to.lng.toFixed(5)}#map=15/${to.lat.toFixed(5)}/${to.lng.toFixed(5)}`;
}
