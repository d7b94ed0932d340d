/**
 * The catalog queries of lib/catalog/queries.ts timed on PGlite and on PostgreSQL, side by side,
 * on the same seeded catalog. PostgreSQL is a throwaway local cluster: initdb in a temp dir,
 * started on a loopback port, stopped and deleted afterwards.
 */
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getProduct, listCategories, listProducts } from "../../lib/catalog/queries";
import { openDatabase, type Database, type Db } from "../../lib/db/client";
import { seedDemo } from "../../lib/db/seed";
import { median, percentile, round } from "./stats";
import type { DatabaseSection, NotMeasured, QueryTiming } from "./types";

export const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

interface Subjects {
  category: string;
  term: string;
  slug: string;
}

/** A busy category, a common word and a product: the same on both databases (same seed). */
async function pickSubjects(db: Db): Promise<Subjects> {
  const [first] = (await listProducts(db, { page: 1, limit: 1, sort: "name" })).items;
  const categories = await listCategories(db);
  if (!first || categories.length === 0) throw new Error("the seeded catalog is empty");
  const term = first.name.split(/\s+/).find((word) => word.length >= 4) ?? first.name;
  return { category: first.category, term, slug: first.slug };
}

async function time(name: string, iterations: number, query: () => Promise<unknown>): Promise<QueryTiming> {
  for (let i = 0; i < 3; i += 1) await query();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await query();
    samples.push(performance.now() - started);
  }
  return { name, iterations, medianMs: round(median(samples), 2), p95Ms: round(percentile(samples, 95), 2) };
}

async function timeQueries(db: Db, subjects: Subjects, iterations: number): Promise<QueryTiming[]> {
  return [
    await time("listing by category", iterations, () => listProducts(db, { category: subjects.category, page: 1, limit: 24 })),
    await time("listing by category, price sort, page 3", iterations, () =>
      listProducts(db, { category: subjects.category, sort: "price-asc", page: 3, limit: 24 }),
    ),
    await time(`search "${subjects.term}"`, iterations, () => listProducts(db, { q: subjects.term, page: 1, limit: 24 })),
    await time("product by slug", iterations, () => getProduct(db, subjects.slug)),
    // English (docs/catalog-languages.md): the same reads joined with their translations.
    await time("listing by category (en)", iterations, () => listProducts(db, { category: subjects.category, page: 1, limit: 24 }, "en")),
    await time("listing by category, name sort (en)", iterations, () => listProducts(db, { category: subjects.category, sort: "name", page: 1, limit: 24 }, "en")),
    await time("product by slug (en)", iterations, () => getProduct(db, subjects.slug, "en")),
  ];
}

async function seedAndTime(database: Database, products: number, iterations: number, subjects?: Subjects) {
  const started = performance.now();
  await seedDemo(database.db, { products }); // ends with ANALYZE, as every seeded catalog does
  const seedMs = round(performance.now() - started);
  const chosen = subjects ?? (await pickSubjects(database.db));
  return { seedMs, subjects: chosen, queries: await timeQueries(database.db, chosen, iterations) };
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args[0] ?? ""} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`);
  return result.stdout;
}

interface Cluster {
  url: string;
  version: string;
  stop(): void;
}

/** initdb + pg_ctl start as the postgres user when running as root (PostgreSQL refuses root). */
function startCluster(port: number): Cluster {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "vitrine-bench-pg-"));
  const prefix = asRoot ? ["runuser", "-u", "postgres", "--"] : [];
  const exec = (bin: string, args: string[]) => {
    const [command, ...rest] = [...prefix, path.join(PG_BIN, bin), ...args];
    return run(command!, rest);
  };
  const dataDir = path.join(dir, "data");
  let started = false;
  const stop = () => {
    try {
      if (started) exec("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    if (asRoot) {
      const uid = Number(run("id", ["-u", "postgres"]).trim());
      const gid = Number(run("id", ["-g", "postgres"]).trim());
      chownSync(dir, uid, gid);
    }
    exec("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`;
    exec("pg_ctl", ["start", "-D", dataDir, "-l", path.join(dir, "server.log"), "-w", "-o", options]);
    started = true;
    const version = exec("postgres", ["--version"]).trim().replace(/^postgres \(PostgreSQL\) /, "");
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

export interface DatabaseOptions {
  products: number;
  iterations: number;
  postgresPort: number;
  log: (line: string) => void;
}

export async function measureDatabases(options: DatabaseOptions): Promise<DatabaseSection> {
  const pgliteDir = mkdtempSync(path.join(tmpdir(), "vitrine-bench-pglite-"));
  let pglite;
  try {
    const database = await openDatabase({ dataDir: pgliteDir });
    try {
      pglite = await seedAndTime(database, options.products, options.iterations);
    } finally {
      await database.close();
    }
  } finally {
    rmSync(pgliteDir, { recursive: true, force: true });
  }
  options.log(`database pglite: seeded ${options.products} products in ${pglite.seedMs} ms; ${pglite.queries.map((q) => `${q.name} ${q.medianMs} ms`).join(", ")}`);

  let postgres: DatabaseSection["postgres"];
  if (!existsSync(path.join(PG_BIN, "initdb"))) {
    postgres = { measured: false, reason: `no PostgreSQL binaries at ${PG_BIN} (set PG_BIN)` } satisfies NotMeasured;
  } else {
    const cluster = startCluster(options.postgresPort);
    try {
      const database = await openDatabase({ url: cluster.url });
      try {
        const { seedMs, queries } = await seedAndTime(database, options.products, options.iterations, pglite.subjects);
        postgres = { version: cluster.version, seedMs, queries };
      } finally {
        await database.close();
      }
    } finally {
      cluster.stop();
    }
    options.log(`database postgres: seeded in ${postgres.seedMs} ms; ${postgres.queries.map((q) => `${q.name} ${q.medianMs} ms`).join(", ")}`);
  }
  return { measured: true, products: options.products, pglite: { seedMs: pglite.seedMs, queries: pglite.queries }, postgres };
}
