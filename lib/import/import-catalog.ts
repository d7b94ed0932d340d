import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { catalogTag, categoryTag, productTag, publishCacheTags } from "../cache/tags";
import type { Db } from "../db/client";
import { imports } from "../db/schema";
import { indexProducts } from "../search/index-products";
import { forgetVocabulary } from "../search/server-search";
import type { Tx } from "../db/seed/bulk-insert";
import { mapInventoryRecord, mapStoreRecord, type InventoryRow, type StoreRow } from "./map-local";
import { mapProductRecord, type CategoryLevel, type SkuRow } from "./map-product";
import {
  stampProducts,
  DEFAULT_CATEGORY,
  deriveProducts,
  duplicateGtins,
  knownPicture,
  mergeCategories,
  mergeOnlineStock,
  mergeProducts,
  mergeSkus,
  mergeStores,
  mergeStoreStock,
  placeholderImages,
  productsWithPictures,
  retireEmptyCategories,
  setImages,
  startBulkWrite,
  storePictures,
  unknownInventoryRows,
} from "./merge";
import { allowedPictureNetworks } from "./picture-fetch";
import { loadPicture } from "./pictures";
import { FeedReadError, readFeed } from "./read-feed";
import { reasoned, type Reason } from "./reasons";
import type { Rejection } from "./rejection";
import { addRejection, addWarning, catalogChanged, emptyReport, type FileSummary, type ImportReport } from "./report";
import { INVENTORY_COLUMNS, SKU_COLUMNS, createStaging, indexStagedSkus, rows, stageRows } from "./staging";

/**
 * The catalog import (docs/import.md): a Merchant Center product feed, optionally a local
 * inventory feed and a stores file, merged into the catalog in one transaction. Framework-free:
 * `npm run import` and a staff upload page call this same function with their streams.
 */

export interface ImportFile {
  /** Shown in the report (a file name). */
  name: string;
  stream: AsyncIterable<Uint8Array | string>;
}

export interface ImportSources {
  products: ImportFile;
  localInventory?: ImportFile;
  stores?: ImportFile;
}

export interface ImportOptions {
  /** A full feed (default) retires the products it does not list; a partial one only adds and updates. */
  full?: boolean;
  /** Base for relative picture paths (the feed's folder); without it only URLs are read. */
  picturesBase?: URL;
  /** Decides which dated sales are in effect. */
  now?: Date;
  /** Online units for an "in_stock" item without a quantity, when it had none before. */
  inStockUnits?: number;
  pictureTimeoutMs?: number;
  pictureMaxBytes?: number;
  /** Non-public addresses or CIDR ranges pictures may be fetched from; default `IMPORT_PICTURE_ALLOWED_NETWORKS`, else none. */
  pictureAllowedNetworks?: readonly string[];
  pictureConcurrency?: number;
  /** Rows per staging statement. */
  batchRows?: number;
}

export const IMPORT_DEFAULTS = {
  inStockUnits: 10,
  pictureTimeoutMs: 15_000,
  pictureMaxBytes: 20 * 1024 * 1024,
  pictureConcurrency: 4,
  batchRows: 5_000,
} as const;

const MAX_PICTURES = 9;

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

const skuRecord = (row: SkuRow, categorySlug: string) => ({
  line: row.line,
  sku: row.sku,
  group_id: row.groupId,
  title: row.title,
  description: row.description,
  link: row.link,
  pictures: row.pictures,
  price_cents: row.priceCents,
  list_price_cents: row.listPriceCents,
  sale_price_cents: row.salePriceCents,
  sale_starts_at: row.saleStartsAt,
  sale_ends_at: row.saleEndsAt,
  availability: row.availability,
  quantity: row.quantity,
  brand: row.brand,
  gtin: row.gtin,
  colour: row.colour,
  size: row.size,
  label: row.label,
  product_type: row.productType,
  category_slug: categorySlug,
  google_product_category: row.googleProductCategory,
  slug_base: row.slugBase,
  slug_alt: row.slugAlt,
});

class Importer {
  readonly categories = new Map<string, CategoryLevel>();
  readonly changedProducts = new Set<string>();
  inventorySummary?: FileSummary;
  constructor(
    readonly tx: Tx,
    readonly report: ImportReport,
    readonly options: Required<Omit<ImportOptions, "picturesBase">> & { picturesBase?: URL },
  ) {}

  reject(file: Rejection["file"], rejection: Omit<Rejection, "file">) {
    addRejection(this.report, { file, ...rejection });
  }

  async readStores(file: ImportFile, summary: FileSummary): Promise<void> {
    const accepted: StoreRow[] = [];
    const seen = new Set<string>();
    for await (const record of readFeed(file.stream, "table", (format) => (summary.format = format))) {
      summary.rows++;
      const mapped = mapStoreRecord(record);
      if (!mapped.ok) mapped.rejections.forEach((r) => this.reject("stores", r));
      else if (seen.has(mapped.row.slug)) this.reject("stores", { line: record.line, id: mapped.row.slug, field: "code", ...reasoned("duplicate_code") });
      else {
        seen.add(mapped.row.slug);
        accepted.push(mapped.row);
      }
    }
    summary.accepted = accepted.length;
    const merged = await mergeStores(this.tx, accepted);
    this.report.stores = { created: merged.created, updated: merged.updated, unchanged: accepted.length - merged.created - merged.updated };
  }

  async readProducts(file: ImportFile, summary: FileSummary): Promise<void> {
    let batch: SkuRow[] = [];
    const flush = async () => {
      const records = batch.map((row) => skuRecord(row, row.categories.at(-1)?.slug ?? DEFAULT_CATEGORY.slug));
      const staged = await stageRows(this.tx, "import_skus", SKU_COLUMNS, records);
      for (const row of batch) {
        if (!staged.has(row.line)) this.reject("products", { line: row.line, id: row.sku, field: "id", ...reasoned("duplicate_id") });
      }
      summary.accepted += staged.size;
      batch = [];
    };
    const now = this.options.now;
    for await (const record of readFeed(file.stream, "products", (format) => (summary.format = format))) {
      summary.rows++;
      const mapped = mapProductRecord(record, { now });
      if (!mapped.ok) {
        mapped.rejections.forEach((r) => this.reject("products", r));
        continue;
      }
      const levels = mapped.row.categories.length > 0 ? mapped.row.categories : [DEFAULT_CATEGORY];
      for (const level of levels) if (!this.categories.has(level.slug)) this.categories.set(level.slug, level);
      batch.push(mapped.row);
      if (batch.length >= this.options.batchRows) await flush();
    }
    await flush();
    for (const duplicate of await duplicateGtins(this.tx)) {
      summary.accepted--;
      this.reject("products", { line: Number(duplicate.line), id: duplicate.sku, field: "gtin", ...reasoned("gtin_taken", { gtin: duplicate.gtin }) });
    }
    await indexStagedSkus(this.tx);
  }

  async readInventory(file: ImportFile, summary: FileSummary): Promise<void> {
    let batch: InventoryRow[] = [];
    const flush = async () => {
      const records = batch.map((row) => ({
        line: row.line,
        store: row.store,
        sku: row.sku,
        quantity: row.quantity,
        price_cents: row.priceCents,
        pickup_method: row.pickupMethod,
        pickup_sla: row.pickupSla,
      }));
      const staged = await stageRows(this.tx, "import_inventory", INVENTORY_COLUMNS, records);
      for (const row of batch) {
        if (!staged.has(row.line)) this.reject("localInventory", { line: row.line, id: row.sku, field: "id", ...reasoned("duplicate_offer", { sku: row.sku, store: row.store }) });
      }
      summary.accepted += staged.size;
      batch = [];
    };
    for await (const record of readFeed(file.stream, "table", (format) => (summary.format = format))) {
      summary.rows++;
      const mapped = mapInventoryRecord(record);
      if (!mapped.ok) {
        mapped.rejections.forEach((r) => this.reject("localInventory", r));
        continue;
      }
      batch.push(mapped.row);
      if (batch.length >= this.options.batchRows) await flush();
    }
    await flush();
    this.inventorySummary = summary;
  }

  /** Once the feed's SKUs are in: inventory rows naming a SKU or store the catalog lacks are rejected. */
  async rejectUnknownInventory(): Promise<void> {
    const summary = this.inventorySummary!;
    for (const unknown of await unknownInventoryRows(this.tx)) {
      summary.accepted--;
      this.reject("localInventory", {
        line: Number(unknown.line),
        id: unknown.sku,
        field: unknown.field,
        ...(unknown.field === "store_code" ? reasoned("unknown_store", { store: unknown.store }) : reasoned("unknown_id", { sku: unknown.sku })),
      });
    }
  }

  private connectionTurn: Promise<unknown> = Promise.resolve();

  /** The transaction is one connection: picture workers take turns on it. */
  private onConnection<T>(work: () => Promise<T>): Promise<T> {
    const result = this.connectionTurn.then(work);
    this.connectionTurn = result.catch(() => undefined);
    return result;
  }

  /** Reads each product's pictures; products with none readable keep the catalog's drawing. */
  async resolvePictures(): Promise<void> {
    const { tx, report, options } = this;
    const cache = new Map<string, Promise<{ ok: true; id: string } | { ok: false; reason: Reason }>>();
    const load = (reference: string) => {
      let pending = cache.get(reference);
      if (!pending) {
        pending = (async () => {
          if (!options.picturesBase && !/^https?:/i.test(reference)) return { ok: false as const, reason: { code: "picture_only_urls", values: { reference } } satisfies Reason };
          const base = options.picturesBase ?? new URL("http://invalid/");
          const settings = { base, timeoutMs: options.pictureTimeoutMs, maxBytes: options.pictureMaxBytes, allowedNetworks: options.pictureAllowedNetworks };
          const picture = await loadPicture(reference, settings, (id) => this.onConnection(() => knownPicture(tx, id)));
          if (!picture.ok) return picture;
          const master = picture.master;
          if (master) {
            // Read the count after the await: workers store concurrently.
            const stored = await this.onConnection(() => storePictures(tx, [{ id: picture.id, master }]));
            report.pictures.stored += stored;
          } else report.pictures.reused++;
          return { ok: true as const, id: picture.id };
        })();
        cache.set(reference, pending);
      }
      return pending;
    };
    for (let after = ""; ; ) {
      const batch = await productsWithPictures(tx, after, 2_000);
      if (batch.length === 0) break;
      after = batch.at(-1)!.group_id;
      const images = await mapPool(batch, options.pictureConcurrency, async (product) => {
        const references = [...new Set(product.lists.flat())].slice(0, MAX_PICTURES);
        const keys: string[] = [];
        for (const reference of references) {
          const picture = await load(reference);
          if (picture.ok) keys.push(`${product.slug}-${keys.length + 1}-${picture.id}`);
          else {
            report.pictures.missing++;
            addWarning(report, { file: "products", line: Number(product.line), id: product.group_id, field: "image_link", ...reasoned(picture.reason.code, picture.reason.values) });
          }
        }
        return { group_id: product.group_id, images: keys };
      });
      await setImages(tx, images);
    }
    await placeholderImages(tx);
  }

  async mergeCatalog(hasInventory: boolean): Promise<void> {
    const { tx, report, options } = this;
    await deriveProducts(tx);
    const categories = await mergeCategories(tx, [...this.categories.values()]);
    await this.resolvePictures();
    const products = await mergeProducts(tx, options.full);
    const skus = await mergeSkus(tx, options.full);
    const online = await mergeOnlineStock(tx, options.inStockUnits);
    if (hasInventory) await this.rejectUnknownInventory();
    const stores = hasInventory ? await mergeStoreStock(tx, options.full) : { changed: 0, staged: 0, offers: 0, products: [] };
    const retiredCategories = options.full ? await retireEmptyCategories(tx) : [];

    report.products = {
      created: products.created.length,
      updated: products.updated.length,
      unchanged: products.staged - products.created.length - products.updated.length,
      restored: products.restored,
      retired: products.retired.length,
    };
    report.skus = { created: skus.created, updated: skus.updated, unchanged: skus.staged - skus.created - skus.updated, withdrawn: skus.withdrawn };
    report.categories = { created: categories.created, updated: categories.updated, retired: retiredCategories.length };
    report.stock = { changed: online.changed + stores.changed, unchanged: Math.max(0, online.staged + stores.staged - online.changed - stores.changed) };
    report.localOffers = { changed: stores.offers };
    const rewritten = new Set([...products.created, ...products.updated, ...products.retired]);
    const touched = new Set([...skus.products, ...online.products, ...stores.products].filter((slug) => !rewritten.has(slug)));
    await stampProducts(tx, [...touched]);
    // Search words follow names, colours and category names (docs/search.md); a renamed category changes every product in it.
    await indexProducts(tx, categories.updated > 0 ? undefined : [...rewritten, ...skus.products]);
    for (const slug of [...rewritten, ...touched]) this.changedProducts.add(slug);
    // PGlite runs no autovacuum: without fresh statistics a big import leaves the planner blind.
    if (products.created.length + products.updated.length + skus.created > 1000) await tx.execute(sql`analyze products, skus, stock_levels`);
  }
}

export async function importCatalog(db: Db, sources: ImportSources, options: ImportOptions = {}): Promise<ImportReport> {
  const startedAt = new Date();
  const settings = {
    full: options.full ?? true,
    now: options.now ?? startedAt,
    inStockUnits: options.inStockUnits ?? IMPORT_DEFAULTS.inStockUnits,
    pictureTimeoutMs: options.pictureTimeoutMs ?? IMPORT_DEFAULTS.pictureTimeoutMs,
    pictureMaxBytes: options.pictureMaxBytes ?? IMPORT_DEFAULTS.pictureMaxBytes,
    pictureAllowedNetworks: options.pictureAllowedNetworks ?? allowedPictureNetworks(),
    pictureConcurrency: options.pictureConcurrency ?? IMPORT_DEFAULTS.pictureConcurrency,
    batchRows: options.batchRows ?? IMPORT_DEFAULTS.batchRows,
    picturesBase: options.picturesBase,
  };
  let report = emptyReport(randomUUID(), startedAt, settings.full, {
    products: sources.products.name,
    localInventory: sources.localInventory?.name,
    stores: sources.stores?.name,
  });
  let tags: string[] = [];
  let reading: keyof ImportSources = "stores";
  try {
    tags = await db.transaction(async (tx) => {
      const importer = new Importer(tx, report, settings);
      await startBulkWrite(tx);
      await createStaging(tx);
      if (sources.stores) await importer.readStores(sources.stores, report.files.stores!);
      reading = "products";
      await importer.readProducts(sources.products, report.files.products);
      reading = "localInventory";
      if (sources.localInventory) await importer.readInventory(sources.localInventory, report.files.localInventory!);
      await importer.mergeCatalog(Boolean(sources.localInventory));
      report.changed = catalogChanged(report);
      if (!report.changed) return [];
      const categories = await rows<{ slug: string }>(tx, sql`select slug from categories`);
      return [catalogTag, ...categories.map((c) => categoryTag(c.slug)), ...[...importer.changedProducts].map(productTag)];
    });
    if (report.changed) forgetVocabulary(db);
  } catch (error) {
    // The transaction rolled back: the catalog is as it was. Keep the rows found wrong so far.
    const failed = emptyReport(report.id, startedAt, settings.full, { products: sources.products.name });
    report = {
      ...failed,
      files: report.files,
      status: "failed",
      rejected: report.rejected,
      rejectedCount: report.rejectedCount,
      error: {
        ...(error instanceof FeedReadError ? { file: sources[reading]?.name, line: error.line } : {}),
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
  const finishedAt = new Date();
  report.finishedAt = finishedAt.toISOString();
  report.durationMs = finishedAt.getTime() - startedAt.getTime();
  await db.insert(imports).values({ id: report.id, startedAt, finishedAt, status: report.status, changed: report.changed, report });
  // After the commit, so an instance that revalidates reads the new catalog.
  if (tags.length > 0) await publishCacheTags(db, tags);
  return report;
}
