import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Product } from "@/lib/catalog/types";
import { missingForCluster, startCluster, type Cluster } from "./cluster";

/**
 * Two `next start` of one build on one PostgreSQL and one Redis, behind HAProxy: what one instance
 * does, the other sees (docs/scaling.md, "Several server instances").
 */
const missing = missingForCluster(process.env.NEXT_DIST_DIR || ".next");
if (missing) console.warn(`multi-instance test skipped: ${missing}`);

describe.skipIf(missing !== null)("several instances behind a load balancer", () => {
  let cluster: Cluster;
  let a: string;
  let b: string;

  beforeAll(async () => {
    cluster = await startCluster({ count: 2 });
    [a, b] = cluster.instances.map((instance) => instance.url) as [string, string];
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Requests as a browser on the public origin sends them (better-auth checks the Origin). */
  const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: cluster.url, ...headers }, body: JSON.stringify(body) });

  async function productWithOnlineStock(minimum: number): Promise<{ product: Product; sku: string }> {
    const { products } = (await (await fetch(`${a}/api/catalog?limit=1000`)).json()) as { products: Product[] };
    for (const product of products) {
      const sku = product.skus.find((candidate) => candidate.onlineStock >= minimum);
      if (sku) return { product, sku: sku.sku };
    }
    throw new Error(`no SKU with ${minimum} units online`);
  }

  it("answers through the balancer; both instances share one database, seeded once", async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => fetch(`${cluster.url}/api/health`).then((response) => response.json())));
    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ status: "ok", db: "postgres" })));
    const [fromA, fromB] = await Promise.all([a, b].map(async (base) => ((await (await fetch(`${base}/api/products?limit=1`)).json()) as { total: number }).total));
    expect(fromA).toBeGreaterThan(0);
    expect(fromB).toBe(fromA); // seeded once, although both started on the empty database together
  });

  it("a session made on A works on B and through the balancer", async () => {
    const email = `scale-${randomUUID()}@example.com`;
    const signUp = await post(a, "/api/auth/sign-up/email", { name: "Camille Scale", email, password: "vitrine-scale-test-2026" });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((header) => header.split(";")[0])
      .join("; ");
    expect(cookie).toContain("session_token");
    for (const base of [b, cluster.url, cluster.url]) {
      const session = (await (await fetch(`${base}/api/auth/get-session`, { headers: { cookie } })).json()) as { user?: { email: string } } | null;
      expect(session?.user?.email).toBe(email);
    }
  });

  it("an order retried on B with the same Idempotency-Key replays A's answer", async () => {
    const { sku } = await productWithOnlineStock(2);
    const key = randomUUID();
    const order = {
      email: "retry@example.com",
      lines: [{ sku, quantity: 1 }],
      acceptTerms: true,
      fulfilment: { type: "delivery", method: "home", phone: "+33612345678", address: { name: "Camille Scale", line1: "1 rue de la Paix", postcode: "75002", city: "Paris" } },
    };
    const first = await post(a, "/api/orders", order, { "idempotency-key": key });
    expect(first.status).toBe(201);
    const retried = await post(b, "/api/orders", order, { "idempotency-key": key });
    expect(retried.status).toBe(201);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(await retried.json()).toEqual(await first.json());
  });

  it("a reservation on A reaches a stock stream open on B", async () => {
    const products = ((await (await fetch(`${a}/api/catalog?limit=1000`)).json()) as { products: Product[] }).products;
    const sku = products.flatMap((product) => product.skus).find((candidate) => candidate.storeStock >= 2)?.sku;
    if (!sku) throw new Error("no SKU held in a store");
    const { stores } = (await (await fetch(`${a}/api/stores?sku=${sku}`)).json()) as { stores: { slug: string; stock: number }[] };
    const store = stores.find((candidate) => candidate.stock >= 1);
    if (!store) throw new Error(`no store holds ${sku}`);

    const controller = new AbortController();
    const stream = await fetch(`${b}/api/stock/stream?skus=${sku}`, { signal: controller.signal });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    const levels = new Map<string, number>();
    let buffer = "";
    /** Reads events until `done` holds; each `stock` event updates `levels`. */
    async function readUntil(done: () => boolean) {
      const deadline = Date.now() + 15_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`no such stock event within 15 s (levels: ${JSON.stringify([...levels])})`);
        const { value, done: ended } = await reader.read();
        if (ended) throw new Error("the stream ended");
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (/^event: stock$/m.test(event) && data) {
            const level = JSON.parse(data) as { location: string; available: number };
            levels.set(level.location, level.available);
          }
        }
      }
    }
    try {
      await readUntil(() => levels.get(store.slug) === store.stock);
      const reservation = await post(a, "/api/reservations", { sku, store: store.slug, quantity: 1, email: "reserve@example.com" });
      expect(reservation.status).toBe(201);
      await readUntil(() => levels.get(store.slug) === store.stock - 1);
    } finally {
      controller.abort();
    }
  });

  it("cached catalog data written by A is served by B from Redis, and a revalidated tag is a miss everywhere", async () => {
    const redis = createClient({ url: cluster.redisUrl });
    await redis.connect();
    try {
      /** lastModified of every data-cache entry the home page reads with the "catalog" tag, by key. */
      const catalogEntries = async () => {
        const entries = new Map<string, number>();
        for await (const keys of redis.scanIterator({ MATCH: "vitrine:*:data:*", COUNT: 1000 })) {
          for (const key of keys) {
            const entry = JSON.parse((await redis.get(key)) ?? "{}") as { tags?: string[]; lastModified?: number };
            // The home page's entries: not the offline feed's pages, which only /api/catalog reads again.
            if (entry.tags?.includes("catalog") && !entry.tags.some((tag) => tag.startsWith("catalog-feed:"))) entries.set(key, entry.lastModified!);
          }
        }
        return entries;
      };
      expect((await fetch(`${a}/`)).status).toBe(200);
      const written = await catalogEntries();
      expect(written.size).toBeGreaterThan(0);
      expect((await fetch(`${b}/`)).status).toBe(200);
      expect(await catalogEntries()).toEqual(written); // B read them; it wrote none of its own

      // What revalidateTag("catalog") on any instance records (cache-handlers/redis-store.mjs).
      const { markTags } = await import("../../cache-handlers/redis-store.mjs");
      process.env.REDIS_URL = cluster.redisUrl;
      await markTags(["catalog"]);
      // Past B's page cache, which only B's own listener empties (docs/scaling.md, "Page cache").
      // B may answer with its stale page and re-render behind it (stale-while-revalidate): ask
      // until the re-render has rewritten every entry.
      await expect
        .poll(
          async () => {
            expect((await fetch(`${b}/`, { headers: { "cache-control": "no-cache" } })).status).toBe(200);
            const rewritten = await catalogEntries();
            return [...written].every(([key, lastModified]) => (rewritten.get(key) ?? 0) > lastModified);
          },
          { timeout: 10_000 },
        )
        .toBe(true);
    } finally {
      await redis.close();
      const { closeRedis } = await import("../../cache-handlers/redis-store.mjs");
      await closeRedis();
    }
  });

  it("a stock change made on A empties B's page cache: B's next request reaches its Next", async () => {
    const products = ((await (await fetch(`${a}/api/catalog?limit=1000`)).json()) as { products: Product[] }).products;
    const product = products.find((candidate) => candidate.skus.some((sku) => sku.storeStock >= 1));
    if (!product) throw new Error("no product held in a store");
    const sku = product.skus.find((candidate) => candidate.storeStock >= 1)!.sku;
    const { stores } = (await (await fetch(`${a}/api/stores?sku=${sku}`)).json()) as { stores: { slug: string; stock: number }[] };
    const store = stores.find((candidate) => candidate.stock >= 1);
    if (!store) throw new Error(`no store holds ${sku}`);
    const page = `${b}/products/${product.slug}`;
    // Kept by B's page cache once Next answers it from its cache; an Age header says the copy answered.
    // The cluster keeps a copy for a minute (PAGE_CACHE_TTL_MS), so only the listener can empty it in time.
    await expect.poll(async () => (await fetch(page)).headers.get("age"), { timeout: 15_000 }).not.toBeNull();

    const reservation = await post(a, "/api/reservations", { sku, store: store.slug, quantity: 1, email: "page-cache@example.com" });
    expect(reservation.status).toBe(201);
    await expect.poll(async () => (await fetch(page)).headers.get("age"), { timeout: 5_000 }).toBeNull();
  });
});
