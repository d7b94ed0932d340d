import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Rows per statement; each statement carries one JSON parameter whatever its size. */
const BATCH_ROWS = 20_000;

/**
 * Multi-row insert sending each batch as a single JSON parameter that `jsonb_to_recordset`
 * expands server-side. At millions of rows this is several times faster than one bound
 * parameter per value (drizzle's `insert().values()`), never nears PostgreSQL's 65,535
 * parameter limit, and is the same SQL on PGlite and PostgreSQL.
 * The columns written are the keys of the first row.
 */
export async function bulkInsert<T extends PgTable>(tx: Tx, table: T, rows: readonly T["$inferInsert"][]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const recordType = sql.join(
    columns.map(([, column]) => sql`${sql.identifier(column.name)} ${sql.raw(column.getSQLType())}`),
    sql`, `,
  );
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS).map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of columns) record[column.name] = (row as Record<string, unknown>)[key];
      return record;
    });
    await tx.execute(
      sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as t(${recordType})`,
    );
  }
}

/**
 * Runs a bulk load with the tables' secondary indexes dropped, then re-creates them from their
 * own definitions: building an index once is cheaper than maintaining it row by row (about 15%
 * off the 100,000-product seed). Primary keys and unique indexes stay, so duplicates are still
 * refused; inside the transaction no other session ever sees the indexes missing.
 */
export async function withSecondaryIndexesDeferred<T>(tx: Tx, tables: readonly PgTable[], load: () => Promise<T>): Promise<T> {
  const tableNames = sql.join(
    tables.map((table) => sql`${getTableName(table)}::regclass`),
    sql`, `,
  );
  const { rows } = (await tx.execute(sql`
    select i.relname as name, pg_get_indexdef(ix.indexrelid) as definition
      from pg_index ix join pg_class i on i.oid = ix.indexrelid
     where ix.indrelid in (${tableNames}) and not ix.indisprimary and not ix.indisunique`)) as unknown as {
    rows: { name: string; definition: string }[];
  };
  for (const { name } of rows) await tx.execute(sql`drop index ${sql.identifier(name)}`);
  const result = await load();
  for (const { definition } of rows) await tx.execute(sql.raw(definition));
  return result;
}
