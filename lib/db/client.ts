import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DbKind;
  /** Present on PostgreSQL: LISTEN/NOTIFY needs a dedicated connection from it. */
  pool?: pg.Pool;
  /** Present on PGlite. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  url?: string;
  /** PGlite folder, or "memory" for an in-memory database (tests); defaults from DATA_DIR. */
  dataDir?: string;
}

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Opens a database and brings its schema up to date. Does not seed. */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migrateLocked(pool);
    return { db, kind: "postgres", pool, close: () => pool.end() };
  }
  const dataDir = options.dataDir ?? (process.env.DATA_DIR === "memory" ? "memory" : path.join(process.env.DATA_DIR ?? "./data", "pglite"));
  // PGlite creates its own folder but not the parents (./data on a fresh clone).
  if (dataDir !== "memory") mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = dataDir === "memory" ? new PGlite() : new PGlite(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return { db, kind: "pglite", pglite: client, close: () => client.close() };
}

/**
 * Migrates under a session advisory lock: instances starting together on an empty database would
 * otherwise all apply the first migration at once, and all but one fail on "already exists"
 * (docs/scaling.md). The others wait, then find nothing left to apply.
 */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('vitrine-migrate'))");
    try {
      await migratePg(drizzlePg(client, { schema }) as never, { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('vitrine-migrate'))");
    }
  } finally {
    client.release();
  }
}

const globalForDb = globalThis as unknown as { vitrineDb?: Promise<Database> };

/**
 * The process-wide database: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR.
 * Created, migrated and seeded with the demo retailer on first use; instrumentation.ts calls
 * it at server start so no shopper pays PGlite's WASM start-up.
 */
export function getDatabase(): Promise<Database> {
  globalForDb.vitrineDb ??= (async () => {
    const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
    const { seedIfEmpty } = await import("./seed");
    await seedIfEmpty(database.db);
    // A database from before search had its own index (docs/search.md) gets it now, once.
    const { indexProductsIfMissing } = await import("../search/index-products");
    await indexProductsIfMissing(database.db);
    return database;
  })().catch((error) => {
    globalForDb.vitrineDb = undefined;
    throw error;
  });
  return globalForDb.vitrineDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
