import { openVitrineDb } from "../offline/db";
import { productUrl, type ScanTarget } from "./scan-code";

/**
 * Where a scanned or typed code leads (docs/in-store.md): online, the lookup API; without a
 * network (or when it fails), the device's catalog mirror (docs/offline.md), where every SKU
 * carries its GTIN. Null when neither knows the code. Runs in the browser.
 */
const API_TIMEOUT_MS = 3000;

export async function findScanTarget(target: ScanTarget): Promise<string | null> {
  if (target.kind === "product") return productUrl(target.slug, target.sku);
  if (navigator.onLine) {
    const path = target.kind === "gtin" ? `/api/skus/by-gtin/${target.gtin}` : `/api/skus/${encodeURIComponent(target.sku)}`;
    try {
      const response = await fetch(path, { signal: AbortSignal.timeout(API_TIMEOUT_MS) });
      if (response.ok) return ((await response.json()) as { url: string }).url;
      if (response.status === 404 || response.status === 400) return null;
    } catch {
      // No network after all: the mirror below.
    }
  }
  return findInMirror(target);
}

/** The mirror's product holding the SKU: by the SKU index, or (GTINs are not indexed) one pass over the products. */
async function findInMirror(target: Exclude<ScanTarget, { kind: "product" }>): Promise<string | null> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return null;
  const { db } = opened;
  if (target.kind === "sku") {
    const product = await db.getFromIndex("products", "sku", target.sku);
    return product ? productUrl(product.slug, target.sku) : null;
  }
  let cursor = await db.transaction("products").store.openCursor();
  while (cursor) {
    const sku = cursor.value.skus.find((candidate) => candidate.gtin === target.gtin);
    if (sku) return productUrl(cursor.value.slug, sku.sku);
    cursor = await cursor.continue();
  }
  return null;
}
