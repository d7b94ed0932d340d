import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProduct } from "../catalog/queries";
import { openDatabase, type Database } from "../db/client";
import { seedDemo } from "../db/seed";
import { startPostgresCluster, type PostgresCluster } from "../testing/postgres-cluster";
import { importCatalog } from "./import-catalog";

/** The same import on PostgreSQL (a throwaway local cluster): same SQL, same answers. */

const fixtures = path.join(import.meta.dirname, "fixtures");
const now = new Date("2026-12-01T12:00:00Z");
let cluster: PostgresCluster | null = null;
let database: Database | null = null;
let xml = "";

beforeAll(async () => {
  cluster = await startPostgresCluster();
  if (!cluster) return;
  database = await openDatabase({ url: cluster.url });
  await seedDemo(database.db, { products: 20 });
  // No HTTP server here: the remote picture is simply reported missing.
  xml = (await readFile(path.join(fixtures, "products.xml"), "utf8")).replace("{{ORIGIN}}", "http://127.0.0.1:9");
}, 120_000);

afterAll(async () => {
  await database?.close();
  await cluster?.stop();
});

const sources = () => ({
  products: { name: "products.xml", stream: Readable.from([Buffer.from(xml)]) },
  stores: { name: "stores.csv", stream: createReadStream(path.join(fixtures, "stores.csv")) },
  localInventory: { name: "local-inventory.tsv", stream: createReadStream(path.join(fixtures, "local-inventory.tsv")) },
});

describe("importCatalog on PostgreSQL", () => {
  it("imports, then re-imports without changing anything", async (context) => {
    if (!database) return context.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) on this machine");
    const options = { picturesBase: pathToFileURL(`${fixtures}/`), now, pictureTimeoutMs: 2_000 };
    const first = await importCatalog(database.db, sources(), options);
    expect(first).toMatchObject({ status: "succeeded", changed: true, rejectedCount: 8 });
    expect(first.products).toEqual({ created: 3, updated: 0, unchanged: 0, restored: 0, retired: 20 });
    const robe = await getProduct(database.db, "robe-lina-en-lin");
    expect(robe!.skus.map((s) => [s.sku, s.priceCents, s.onlineStock, s.storeStock])).toEqual([
      ["ML-LINA-38-BLEU", 5990, 7, 3],
      ["ML-LINA-40-BLEU", 6490, 0, 1],
    ]);
    const version = async () =>
      ((await database!.db.execute(sql`select max(version)::text as v from catalog_versions`)) as unknown as { rows: { v: string }[] }).rows[0]!.v;
    const before = await version();
    const second = await importCatalog(database.db, sources(), options);
    expect(second).toMatchObject({ status: "succeeded", changed: false });
    expect(await version()).toBe(before);
  });
});
