import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { seedDemo } from "../db/seed";
import { startPostgresCluster, type PostgresCluster } from "../testing/postgres-cluster";
import { catalogChangesSince, ONLINE_LOCATION } from "./queries";

/**
 * Issue 9, item 10: the offline feed (`/api/catalog?since=`) on a real PostgreSQL, where
 * transactions overlap (PGlite runs one at a time, so it cannot show this). A change committed
 * after a reader moved its cursor must still reach that reader; a sale must not lock the product.
 */

let cluster: PostgresCluster | null = null;
let database: Database;
let products: { slug: string; sku: string }[] = [];

/** A connection of its own, for transactions the test interleaves by hand. */
async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: cluster!.url });
  await client.connect();
  return client;
}

/** Reads the feed from `cursor` to its end, as the mirror does; calls `apply` with each page. */
async function drain(cursor: string, apply: (changes: Awaited<ReturnType<typeof catalogChangesSince>>) => void = () => {}): Promise<string> {
  for (;;) {
    const changes = await catalogChangesSince(database.db, Number(cursor), 50);
    apply(changes);
    cursor = changes.cursor;
    if (!changes.hasMore) return cursor;
  }
}

const skipped = () => "skipped: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) on this machine";

beforeAll(async () => {
  cluster = await startPostgresCluster();
  if (!cluster) return;
  database = await openDatabase({ url: cluster.url });
  await seedDemo(database.db, { products: 40 });
  const client = await connect();
  try {
    const { rows } = await client.query<{ slug: string; sku: string }>("select p.slug, min(s.sku) as sku from products p join skus s on s.product_slug = p.slug group by p.slug order by p.slug");
    products = rows;
  } finally {
    await client.end();
  }
}, 120_000);
afterAll(async () => {
  await database?.close();
  await cluster?.stop();
});

describe("catalog feed on PostgreSQL with overlapping writers", () => {
  it("delivers a change whose transaction began first but committed after the reader moved on", async (ctx) => {
    if (!cluster) return ctx.skip(skipped());
    const [first, second] = [products[0]!, products[1]!];
    const cursor = await drain("0");
    const slow = await connect();
    const fast = await connect();
    try {
      await slow.query("begin");
      await slow.query("update products set price_cents = price_cents + 1 where slug = $1", [first.slug]);
      await fast.query("begin");
      await fast.query("update products set price_cents = price_cents + 1 where slug = $1", [second.slug]);
      await fast.query("commit");

      const seen: string[] = [];
      const afterFast = await drain(cursor, (changes) => seen.push(...changes.products.map((p) => p.slug)));
      expect(seen).toEqual([second.slug]);

      await slow.query("commit");
      const late: string[] = [];
      await drain(afterFast, (changes) => late.push(...changes.products.map((p) => p.slug)));
      expect(late).toEqual([first.slug]);
    } finally {
      await Promise.all([slow.end(), fast.end()]);
    }
  });

  it("loses no change under 40 overlapping writers while a reader follows the feed", async (ctx) => {
    if (!cluster) return ctx.skip(skipped());
    const mirror = new Map<string, number>();
    let cursor = await drain("0", (changes) => {
      for (const product of changes.products) mirror.set(product.slug, product.priceCents);
    });
    let writing = true;
    const reader = (async () => {
      while (writing) {
        cursor = await drain(cursor, (changes) => {
          for (const product of changes.products) mirror.set(product.slug, product.priceCents);
        });
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
    })();
    const writers = Array.from({ length: 40 }, async (_, i) => {
      const client = await connect();
      try {
        // Each writer takes its version early and commits after a pause of its own, so commits
        // come in another order than the writes.
        await client.query("begin");
        await client.query("update products set price_cents = $2 where slug = $1", [products[i % products.length]!.slug, 1000 + i]);
        await client.query("select pg_sleep($1)", [((i * 37) % 40) / 1000]);
        await client.query("commit");
      } finally {
        await client.end();
      }
    });
    await Promise.all(writers);
    writing = false;
    await reader;
    await drain(cursor, (changes) => {
      for (const product of changes.products) mirror.set(product.slug, product.priceCents);
    });
    const client = await connect();
    try {
      const { rows } = await client.query<{ slug: string; price_cents: number }>("select slug, price_cents from products");
      const stale = rows.filter((row) => mirror.get(row.slug) !== row.price_cents).map((row) => row.slug);
      expect(stale).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it("does not lock the product row during a sale, and still brings the new stock to the feed", async (ctx) => {
    if (!cluster) return ctx.skip(skipped());
    const { slug, sku } = products[0]!;
    const cursor = await drain("0");
    const sale = await connect();
    const editor = await connect();
    try {
      await sale.query("begin");
      await sale.query("update stock_levels set quantity = quantity + 5 where sku = $1 and location = $2", [sku, ONLINE_LOCATION]);
      // A catalog edit of the same product, meanwhile, is not kept waiting by the sale.
      await editor.query("begin");
      await expect(editor.query("select 1 from products where slug = $1 for update nowait", [slug])).resolves.toMatchObject({ rowCount: 1 });
      await editor.query("rollback");
      await sale.query("commit");
      const { rows } = await sale.query<{ quantity: number }>("select quantity from stock_levels where sku = $1 and location = $2", [sku, ONLINE_LOCATION]);

      const seen: { slug: string; onlineStock: number | undefined }[] = [];
      await drain(cursor, (changes) => seen.push(...changes.products.map((p) => ({ slug: p.slug, onlineStock: p.skus.find((s) => s.sku === sku)?.onlineStock }))));
      expect(seen).toEqual([{ slug, onlineStock: rows[0]!.quantity }]);
    } finally {
      await Promise.all([sale.end(), editor.end()]);
    }
  });
});
