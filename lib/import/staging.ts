import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "../db/seed/bulk-insert";

/**
 * Temporary tables the feeds are streamed into, batch by batch, inside the import's
 * transaction (dropped at its end). The merge into the catalog is then a handful of set-based
 * statements (lib/import/merge.ts) whatever the feed's size.
 */

type Columns = readonly (readonly [name: string, type: string])[];

export const SKU_COLUMNS = [
  ["line", "int"],
  ["sku", "text"],
  ["group_id", "text"],
  ["title", "text"],
  ["description", "text"],
  ["link", "text"],
  ["pictures", "jsonb"],
  ["price_cents", "int"],
  ["list_price_cents", "int"],
  ["sale_price_cents", "int"],
  ["sale_starts_at", "timestamptz"],
  ["sale_ends_at", "timestamptz"],
  ["availability", "text"],
  ["quantity", "int"],
  ["brand", "text"],
  ["gtin", "text"],
  ["colour", "text"],
  ["size", "text"],
  ["label", "text"],
  ["product_type", "text"],
  ["category_slug", "text"],
  ["google_product_category", "text"],
  ["slug_base", "text"],
  ["slug_alt", "text"],
] as const;

export const INVENTORY_COLUMNS = [
  ["line", "int"],
  ["store", "text"],
  ["sku", "text"],
  ["quantity", "int"],
  ["price_cents", "int"],
  ["pickup_method", "text"],
  ["pickup_sla", "text"],
] as const;

const columnList = (columns: Columns) => columns.map(([name, type]) => `${name} ${type}`).join(", ");

export async function createStaging(tx: Tx): Promise<void> {
  await tx.execute(sql.raw(`create temp table import_skus (${columnList(SKU_COLUMNS)}, position int, primary key (sku)) on commit drop`));
  await tx.execute(
    sql.raw(`create temp table import_products (group_id text primary key, slug text not null, line int, name text, description text,
      category_slug text, brand text, price_cents int, link text, product_type text, google_product_category text, images jsonb) on commit drop`),
  );
  await tx.execute(sql.raw(`create temp table import_inventory (${columnList(INVENTORY_COLUMNS)}, primary key (store, sku)) on commit drop`));
}

/** Once every row is staged: one index build is cheaper than maintaining it row by row. */
export async function indexStagedSkus(tx: Tx): Promise<void> {
  await tx.execute(sql.raw(`create index on import_skus (group_id, line)`));
  await tx.execute(sql.raw(`analyze import_skus`));
}

/**
 * Inserts rows (objects keyed by column name) as one JSON parameter. Rows that collide with a
 * staged one (same key) are left out; the lines that went in are returned.
 */
export async function stageRows(tx: Tx, table: string, columns: Columns, rows: readonly Record<string, unknown>[]): Promise<Set<number>> {
  if (rows.length === 0) return new Set();
  const names = columns.map(([name]) => name).join(", ");
  const result = (await tx.execute(
    sql`insert into ${sql.identifier(table)} (${sql.raw(names)})
        select ${sql.raw(names)} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(${sql.raw(columnList(columns))})
        on conflict do nothing returning line`,
  )) as unknown as { rows: { line: number }[] };
  return new Set(result.rows.map((row) => Number(row.line)));
}

/** Runs a statement and returns its rows. */
export async function rows<T>(tx: Tx, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}
