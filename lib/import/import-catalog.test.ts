import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { asc, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_TAGS_CHANNEL, catalogTag, productTag } from "../cache/tags";
import { catalogChangesSince, getProduct, listCategories, listProducts } from "../catalog/queries";
import { openDatabase, type Database } from "../db/client";
import { catalogPictures, imports, localOffers, products, stockLevels, stores } from "../db/schema";
import { seedDemo } from "../db/seed";
import { importCatalog, type ImportFile } from "./import-catalog";

const fixtures = path.join(import.meta.dirname, "fixtures");
const picturesBase = pathToFileURL(`${fixtures}/`);
const now = new Date("2026-12-01T12:00:00Z");

let database: Database;
let server: Server;
let origin: string;
let productsXml: string;
const stockEvents: string[] = [];
const cacheTags: string[] = [];

const file = (name: string): ImportFile => ({ name, stream: createReadStream(path.join(fixtures, name)) });
const text = (name: string, content: string): ImportFile => ({ name, stream: Readable.from([Buffer.from(content)]) });
const xmlFeed = () => text("products.xml", productsXml);

/** Everything a shopper or the offline mirror could see of the catalog. */
async function catalogSnapshot() {
  const { rows } = (await database.db.execute(sql`
    select (select json_agg(p order by slug) from (select slug, name, price_cents, images, deleted_at, category_slug from products) p) as products,
           (select json_agg(v order by kind, slug) from catalog_versions v) as versions,
           (select json_agg(k order by sku) from skus k) as skus,
           (select json_agg(s order by sku, location) from stock_levels s) as stock,
           (select json_agg(c order by slug) from categories c) as categories,
           (select json_agg(s order by slug) from stores s) as stores`)) as unknown as { rows: unknown[] };
  return rows[0];
}

async function stockAt(sku: string) {
  const rows = await database.db.select().from(stockLevels).where(eq(stockLevels.sku, sku)).orderBy(asc(stockLevels.location));
  return Object.fromEntries(rows.map((row) => [row.location, row.quantity]));
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await seedDemo(database.db, { products: 40 });
  await database.pglite!.listen("stock_changed", (payload) => stockEvents.push(payload));
  await database.pglite!.listen(CACHE_TAGS_CHANNEL, (payload) => cacheTags.push(...(JSON.parse(payload) as string[])));
  // One picture comes over HTTP, from a local server (there is no internet here).
  server = createServer(async (request, response) => {
    if (request.url === "/pictures/pull-marin.png") {
      response.writeHead(200, { "Content-Type": "image/png" }).end(await readFile(path.join(fixtures, "pictures/pull-marin.png")));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  productsXml = (await readFile(path.join(fixtures, "products.xml"), "utf8")).replace("{{ORIGIN}}", origin);
}, 60_000);

afterAll(async () => {
  server?.close();
  await database?.close();
});

describe("importCatalog: a Merchant Center XML feed, a stores file and a local inventory feed", () => {
  let demoSlug: string;

  it("imports what the feeds say and reports every rejected row", async () => {
    demoSlug = (await listProducts(database.db, { page: 1, limit: 1 })).items[0]!.slug;
    const { cursor } = await catalogChangesSince(database.db, 0, 1000);
    const report = await importCatalog(
      database.db,
      { products: xmlFeed(), stores: file("stores.csv"), localInventory: file("local-inventory.tsv") },
      { picturesBase, now, pictureAllowedNetworks: ["127.0.0.1"] },
    );

    expect(report.status).toBe("succeeded");
    expect(report.changed).toBe(true);
    expect(report.files.products).toEqual({ name: "products.xml", format: "xml", rows: 7, accepted: 4 });
    expect(report.files.stores).toMatchObject({ format: "csv", rows: 3, accepted: 2 });
    expect(report.files.localInventory).toMatchObject({ format: "tsv", rows: 8, accepted: 4 });
    expect(report.products).toEqual({ created: 3, updated: 0, unchanged: 0, restored: 0, retired: 40 });
    expect(report.skus).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    expect(report.stores).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(report.pictures).toEqual({ stored: 3, reused: 0, missing: 2 });
    const rejected = report.rejected.map(({ file, line, field, id }) => ({ file, line, field, id }));
    expect(rejected).toEqual(
      expect.arrayContaining([
        { file: "products", line: 70, field: "price", id: "ML-SANS-PRIX" },
        { file: "products", line: 75, field: "gtin", id: "ML-GTIN-FAUX" },
        { file: "products", line: 82, field: "id", id: "ML-LINA-38-BLEU" },
        { file: "stores", line: 4, field: "code", id: "bad code!" },
        { file: "localInventory", line: 6, field: "store_code", id: "ML-MARIN" },
        { file: "localInventory", line: 7, field: "id", id: "ML-INCONNU" },
        { file: "localInventory", line: 8, field: "quantity", id: "ML-MARIN" },
        { file: "localInventory", line: 9, field: "id", id: "ML-MARIN" },
      ]),
    );
    expect(report.rejectedCount).toBe(8);
    expect(report.rejected.find((r) => r.line === 75)?.reason).toMatch(/not a GTIN/);
    expect(report.rejected.find((r) => r.line === 82)?.reason).toMatch(/duplicate id/);
    expect(report.rejected.find((r) => r.line === 6)?.reason).toMatch(/unknown store "atlantis"/);
    expect(report.warnings.map((w) => [w.id, w.field])).toEqual([
      ["ML-CABAS", "image_link"],
      ["ML-MARIN", "image_link"],
    ]);

    // Products, SKUs and prices: the sale is in effect on `now`; the regular price is kept.
    const robe = await getProduct(database.db, "robe-lina-en-lin");
    expect(robe).toMatchObject({ name: "Robe Lina en lin", brand: "Maison Lumière", category: "femme-robes", priceCents: 5990 });
    expect(robe!.skus.map(({ sku, label, priceCents, gtin, onlineStock, storeStock }) => ({ sku, label, priceCents, gtin, onlineStock, storeStock }))).toEqual([
      { sku: "ML-LINA-38-BLEU", label: "Bleu marine · 38", priceCents: 5990, gtin: "3760123450010", onlineStock: 7, storeStock: 3 },
      { sku: "ML-LINA-40-BLEU", label: "Bleu marine · 40", priceCents: 6490, gtin: "3760123450027", onlineStock: 0, storeStock: 1 },
    ]);
    const [robeRow] = await database.db.select().from(products).where(eq(products.slug, "robe-lina-en-lin"));
    expect(robeRow).toMatchObject({ feedId: "ML-LINA", link: "https://www.maison-lumiere.example/robe-lina", productType: "Femme > Robes" });
    expect(robeRow!.googleProductCategory).toBe("Apparel & Accessories > Clothing > Dresses");

    // Pictures: two files for the robe, fingerprinted keys; the pull's HTTP picture; placeholders.
    expect(robe!.images).toHaveLength(2);
    for (const key of robe!.images) expect(key).toMatch(/^robe-lina-en-lin-[12]-[0-9a-f]{16}$/);
    expect((await getProduct(database.db, "pull-marin-en-coton"))!.images).toEqual([expect.stringMatching(/^pull-marin-en-coton-1-[0-9a-f]{16}$/)]);
    expect((await getProduct(database.db, "cabas-en-toile"))!.images).toEqual(["cabas-en-toile-1"]);
    const masters = await database.db.select().from(catalogPictures);
    expect(masters.map((m) => m.id).sort()).toEqual(
      [...robe!.images, ...(await getProduct(database.db, "pull-marin-en-coton"))!.images].map((key) => key.slice(-16)).sort(),
    );
    for (const { master } of masters) expect(await sharp(master).metadata()).toMatchObject({ format: "webp", width: 960, height: 1200 });

    // Stock: online from availability/quantity (in_stock without a quantity → 10), per store from the local feed.
    expect(await stockAt("ML-LINA-38-BLEU")).toEqual({ "lyon-confluence": 3, online: 7 });
    expect(await stockAt("ML-MARIN")).toEqual({ "nantes-graslin": 5, online: 10 });
    expect(await stockAt("ML-CABAS")).toEqual({ online: 0 });
    expect(await database.db.select().from(localOffers).where(eq(localOffers.sku, "ML-LINA-40-BLEU")).orderBy(asc(localOffers.storeSlug))).toEqual([
      { sku: "ML-LINA-40-BLEU", storeSlug: "lyon-confluence", priceCents: 8490, pickupMethod: "reserve", pickupSla: "next day" },
      { sku: "ML-LINA-40-BLEU", storeSlug: "nantes-graslin", priceCents: null, pickupMethod: null, pickupSla: null },
    ]);
    const [nantes] = await database.db.select().from(stores).where(eq(stores.slug, "nantes-graslin"));
    expect(nantes!.openingHours).toEqual([
      [["14:00", "19:00"]],
      ...Array.from({ length: 5 }, () => [
        ["10:00", "12:30"],
        ["14:00", "19:00"],
      ]),
      [],
    ]);

    // Categories from product_type; the demo's, left empty, are retired from navigation.
    expect((await listCategories(database.db)).map((c) => c.slug).sort()).toEqual(["autres", "femme", "femme-robes", "homme", "homme-pulls"]);
    // The demo products are retired, not deleted, and the offline feed lists them as deleted.
    expect(await getProduct(database.db, demoSlug)).toBeNull();
    expect((await database.db.select().from(products).where(eq(products.slug, demoSlug)))[0]!.deletedAt).not.toBeNull();
    const changes = await catalogChangesSince(database.db, Number(cursor), 1000);
    expect(changes.deleted).toContain(demoSlug);
    expect(changes.products.map((p) => p.slug).sort()).toEqual(["cabas-en-toile", "pull-marin-en-coton", "robe-lina-en-lin"]);
    // Search finds the new products.
    expect((await listProducts(database.db, { q: "lin", page: 1, limit: 10 })).items.map((p) => p.slug)).toEqual(["robe-lina-en-lin"]);
    // Stock events fired for the levels written; cache tags went out after the commit.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stockEvents.map((e) => JSON.parse(e) as { sku: string; location: string; available: number })).toEqual(
      expect.arrayContaining([{ sku: "ML-LINA-38-BLEU", location: "lyon-confluence", available: 3 }]),
    );
    expect(cacheTags).toEqual(expect.arrayContaining([catalogTag, productTag("robe-lina-en-lin"), productTag(demoSlug), "category:femme-robes"]));
    // The report is kept for the back office.
    const [saved] = await database.db.select().from(imports).where(eq(imports.id, report.id));
    expect(saved).toMatchObject({ status: "succeeded", changed: true, report: { products: report.products } });
  });

  it("changes nothing on a second import of the same feeds, and says so", async () => {
    const before = await catalogSnapshot();
    stockEvents.length = 0;
    cacheTags.length = 0;
    const report = await importCatalog(
      database.db,
      { products: xmlFeed(), stores: file("stores.csv"), localInventory: file("local-inventory.tsv") },
      { picturesBase, now, pictureAllowedNetworks: ["127.0.0.1"] },
    );
    expect(report.status).toBe("succeeded");
    expect(report.changed).toBe(false);
    expect(report.products).toEqual({ created: 0, updated: 0, unchanged: 3, restored: 0, retired: 0 });
    expect(report.skus).toEqual({ created: 0, updated: 0, unchanged: 4, withdrawn: 0 });
    expect(report.stock.changed).toBe(0);
    expect(report.stores).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(report.pictures).toEqual({ stored: 0, reused: 3, missing: 2 });
    expect(report.rejectedCount).toBe(8);
    expect(await catalogSnapshot()).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stockEvents).toEqual([]);
    expect(cacheTags).toEqual([]);
  });

  it("leaves the catalog as it was when a file is truncated, and reports where", async () => {
    const before = await catalogSnapshot();
    const truncated = productsXml.slice(0, productsXml.indexOf("<g:id>ML-CABAS</g:id>") + 30);
    const report = await importCatalog(database.db, { products: text("products.xml", truncated), localInventory: file("local-inventory.tsv") }, { picturesBase, now, pictureAllowedNetworks: ["127.0.0.1"] });
    expect(report.status).toBe("failed");
    expect(report.changed).toBe(false);
    expect(report.error).toMatchObject({ file: "products.xml", line: expect.any(Number) });
    expect(await catalogSnapshot()).toEqual(before);
    const [saved] = await database.db.select().from(imports).where(eq(imports.id, report.id));
    expect(saved!.status).toBe("failed");

    const broken = await importCatalog(database.db, { products: text("products.tsv", "id\ttitle\tprice\tavailability\nML-X\tRobe\t10 EUR") }, { now });
    expect(broken).toMatchObject({ status: "failed", error: { file: "products.tsv", line: 2 } });
    expect(await catalogSnapshot()).toEqual(before);
  });
});

describe("importCatalog: a stock-only change", () => {
  it("reaches the offline feed and open pages, and nothing else changes", async () => {
    const { cursor } = await catalogChangesSince(database.db, 0, 1000);
    stockEvents.length = 0;
    const feed = productsXml.replace("<g:quantity>7</g:quantity>", "<g:quantity>5</g:quantity>");
    const report = await importCatalog(
      database.db,
      { products: text("products.xml", feed), stores: file("stores.csv"), localInventory: file("local-inventory.tsv") },
      { picturesBase, now, pictureAllowedNetworks: ["127.0.0.1"] },
    );
    expect(report).toMatchObject({ changed: true, stock: { changed: 1 }, products: { created: 0, updated: 0, retired: 0 }, skus: { updated: 0 } });
    const changes = await catalogChangesSince(database.db, Number(cursor), 1000);
    expect(changes.products.map((p) => [p.slug, p.skus[0]!.onlineStock])).toEqual([["robe-lina-en-lin", 5]]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stockEvents.map((e) => JSON.parse(e) as unknown)).toEqual([{ sku: "ML-LINA-38-BLEU", location: "online", available: 5 }]);
  });
});

describe("importCatalog: a TSV product feed", () => {
  it("reads the same fields, prices in either notation, pictures listed in one cell", async () => {
    const report = await importCatalog(database.db, { products: file("products.tsv") }, { picturesBase, now, pictureAllowedNetworks: ["127.0.0.1"], full: false });
    expect(report.status).toBe("succeeded");
    expect(report.files.products).toMatchObject({ format: "tsv", rows: 4, accepted: 3 });
    expect(report.rejected).toEqual([
      { file: "products", line: 5, id: "ML-PRIX-FAUX", field: "price", code: "not_a_price", values: { value: "quinze euros" }, reason: '"quinze euros" is not a price (write 19.90 EUR)' },
    ]);
    expect(report.products).toMatchObject({ created: 2, retired: 0 });
    const chino = await getProduct(database.db, "chino-en-coton");
    expect(chino).toMatchObject({ category: "homme-pantalons", priceCents: 6900 });
    expect(chino!.images).toHaveLength(3);
    expect(chino!.skus.map((s) => [s.sku, s.gtin, s.onlineStock])).toEqual([
      ["ML-CHINO-40", "3760123450034", 4],
      ["ML-CHINO-42", "3760123450041", 2],
    ]);
    const tote = await getProduct(database.db, "tote-bag-lumiere");
    expect(tote).toMatchObject({ name: 'Tote bag "Lumière"', priceCents: 1200, category: "accessoires" });
    // A partial feed retires nothing: the XML feed's products are still there.
    expect(await getProduct(database.db, "robe-lina-en-lin")).not.toBeNull();
  });
});
