/**
 * What stands in for a product picture the device does not have (offline, not cached yet): a
 * light frame with a hanger outline, 4:5 like the product pictures, as a data URL (allowed by
 * the CSP's img-src) so it needs no network either (docs/offline.md#pictures-offline).
 */
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500">' +
  '<rect width="400" height="500" fill="#fafaf9"/><rect x="1" y="1" width="398" height="498" fill="none" stroke="#e7e5e4" stroke-width="2"/>' +
  '<path d="M200 205a22 22 0 1 1 22-22c0 12-22 14-22 30v6l-92 62h184l-92-62" fill="none" stroke="#a8a29e" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>' +
  "</svg>";

export const IMAGE_PLACEHOLDER = `data:image/svg+xml,${encodeURIComponent(SVG)}`;
