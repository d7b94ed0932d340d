import { expect, type APIRequestContext } from "@playwright/test";
import type { Product } from "../../lib/catalog/types";
import type { Store } from "../../lib/stores/types";

export const LYON = { latitude: 45.764, longitude: 4.8357 };

export interface Candidate {
  product: Product;
  sku: string;
  /** Stores holding the SKU, nearest first from Lyon. */
  stores: (Store & { stock: number; distanceKm: number })[];
}

/** Every product of the running server's catalog, through the mirror feed. */
export async function allProducts(request: APIRequestContext): Promise<Product[]> {
  const products: Product[] = [];
  let since = "0";
  for (let page = 0; page < 50; page++) {
    const response = await request.get("/api/catalog", { params: { since, limit: 500 } });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { cursor: string; products: Product[]; hasMore?: boolean };
    products.push(...body.products);
    if (body.products.length === 0 || body.cursor === since) break;
    since = body.cursor;
  }
  return products;
}

/**
 * A SKU sold out online and held by at least `minStores` stores, the nearest of which (from
 * Lyon) has between 2 and `maxNearestStock` units, so taking one shows in words and in numbers.
 * Found from the live data so repeated runs on the same database keep working.
 */
export async function findSoldOutOnlineSku(request: APIRequestContext, { minStores = 2, maxNearestStock = 3 } = {}): Promise<Candidate> {
  const products = await allProducts(request);
  for (const product of products) {
    for (const sku of product.skus) {
      if (sku.onlineStock !== 0 || sku.storeStock < 2) continue;
      const response = await request.get("/api/stores", { params: { sku: sku.sku, lat: LYON.latitude, lng: LYON.longitude } });
      const { stores } = (await response.json()) as { stores: Candidate["stores"] };
      const nearest = stores[0];
      if (stores.length >= minStores && nearest && nearest.stock >= 2 && nearest.stock <= maxNearestStock) return { product, sku: sku.sku, stores };
    }
  }
  throw new Error("no SKU sold out online with stock in several stores: is the demo seed loaded?");
}

/** A SKU with at least `min` units online. */
export async function findOnlineSku(request: APIRequestContext, min = 3): Promise<{ product: Product; sku: string; priceCents: number; onlineStock: number }> {
  for (const product of await allProducts(request)) {
    const sku = product.skus.find((s) => s.onlineStock >= min);
    if (sku) return { product, sku: sku.sku, priceCents: sku.priceCents, onlineStock: sku.onlineStock };
  }
  throw new Error("no SKU in stock online");
}
