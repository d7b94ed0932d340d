import { isValidPosition, type LatLng } from "./distance";
import { geocode } from "./geocode";

/** First-party cookies remembering where the shopper is and which store they chose (device only). */
export const NEAR_COOKIE = "vitrine_near";
export const STORE_COOKIE = "vitrine_store";
/** A year: a shopper's home store rarely changes. */
export const PLACE_COOKIE_MAX_AGE = 365 * 24 * 3600;

const DEGREES = /^-?\d{1,3}(\.\d{1,15})?$/;

/** 3 decimals is about 100 m: enough to rank stores, not enough to point at a home. */
export function roundPosition({ lat, lng }: LatLng): LatLng {
  return { lat: Math.round(lat * 1000) / 1000, lng: Math.round(lng * 1000) / 1000 };
}

export function formatNearCookie(position: LatLng): string {
  const { lat, lng } = roundPosition(position);
  return `${lat},${lng}`;
}

export function parsePosition(lat: string | undefined, lng: string | undefined): LatLng | null {
  if (!lat || !lng || !DEGREES.test(lat) || !DEGREES.test(lng)) return null;
  const position = { lat: Number(lat), lng: Number(lng) };
  return isValidPosition(position.lat, position.lng) ? position : null;
}

export function parseNearCookie(value: string | undefined): LatLng | null {
  const [lat, lng, ...rest] = (value ?? "").split(",");
  return rest.length === 0 ? parsePosition(lat, lng) : null;
}

export type ShopperOrigin =
  | { kind: "position"; origin: LatLng }
  | { kind: "place"; origin: LatLng; label: string }
  | { kind: "none"; unknownPlace?: string };

/**
 * Where to measure store distances from, in the order the shopper expressed it: a position
 * given now (`lat`,`lng` from the browser), else a typed postcode or city, else the position
 * remembered from an earlier visit, else nowhere (alphabetical list).
 */
export function resolveShopperOrigin(input: { lat?: string; lng?: string; near?: string; nearCookie?: string }): ShopperOrigin {
  const given = parsePosition(input.lat, input.lng);
  if (given) return { kind: "position", origin: given };
  const place = input.near?.trim();
  if (place) {
    const hit = geocode(place);
    return hit ? { kind: "place", origin: { lat: hit.lat, lng: hit.lng }, label: hit.label } : { kind: "none", unknownPlace: place.slice(0, 100) };
  }
  const remembered = parseNearCookie(input.nearCookie);
  return remembered ? { kind: "position", origin: remembered } : { kind: "none" };
}
