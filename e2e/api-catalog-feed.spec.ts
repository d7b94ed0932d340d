import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Product } from "../lib/catalog/types";

/**
 * The first page of the offline mirror's feed (`since=0`, 1000 products: the whole demo catalog)
 * comes from the server's cache after its first request (docs/offline.md, "Feed pages from the
 * cache"), and is never older than the catalog: a sale made after it was stored shows in the
 * next first sync's page, and in the one after (stored again).
 */

type Feed = { cursor: string; products: Product[]; hasMore: boolean };

async function firstPage(request: APIRequestContext): Promise<Feed> {
  const response = await request.get("/api/catalog", { params: { since: 0, limit: 1000 } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(response.headers()["content-type"]).toBe("application/json");
  return (await response.json()) as Feed;
}

test("a first sync's page served from the cache follows a sale made after it was stored", async ({ request }) => {
  const stored = await firstPage(request);
  expect(stored.hasMore).toBe(false);
  expect(await firstPage(request)).toEqual(stored);

  const product = stored.products.find((candidate) => candidate.skus.some((sku) => sku.onlineStock >= 2))!;
  const sku = product.skus.find((candidate) => candidate.onlineStock >= 2)!;
  const order = await request.post("/api/orders", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      email: "ada@example.org",
      lines: [{ sku: sku.sku, quantity: 1 }],
      fulfilment: { type: "delivery", phone: "06 12 34 56 78", address: { name: "Ada Lovelace", line1: "3 rue de la République", postcode: "69002", city: "Lyon" } },
      acceptTerms: true,
    },
  });
  expect(order.status()).toBe(201);

  for (const round of ["answered afresh", "stored again"]) {
    const after = await firstPage(request);
    expect(Number(after.cursor), round).toBeGreaterThan(Number(stored.cursor));
    const sold = after.products.find((candidate) => candidate.slug === product.slug)!;
    expect(sold.skus.find((candidate) => candidate.sku === sku.sku)!.onlineStock, round).toBe(sku.onlineStock - 1);
  }
});
