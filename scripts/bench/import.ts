import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startPostgresCluster } from "../../lib/testing/postgres-cluster";
import { writeBenchFeed } from "./import-feed";
import type { ImportRun, ImportSection, NotMeasured } from "./types";

/**
 * `npm run bench -- --sections import`: a generated Merchant Center feed (100,000 products,
 * 400,000 SKUs by default) imported into a fresh PGlite and a fresh PostgreSQL, each in its
 * own process (peak RSS), then imported again (nothing to change). docs/import.md.
 */

function runChild(feed: string, env: Record<string, string>, logFile: string): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/bench/import-child.ts", feed], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("close", (code) => {
      writeFileSync(logFile, err);
      if (code !== 0) return reject(new Error(`import child exited ${code}: ${err.slice(-500)} (${logFile})`));
      const line = out.trim().split("\n").at(-1)!;
      resolve({ measured: true, ...(JSON.parse(line) as Omit<ImportRun, "measured">) });
    });
  });
}

/**
 * CPU time of the PostgreSQL server listening on `port`: its postmaster's own and that of its
 * ended backends (reaped children), from /proc. Null where /proc cannot tell.
 */
function serverCpuMs(port: string): number | null {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (!command[0]?.endsWith("postgres") || !command.includes(port)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // After "pid (comm) ", utime..cstime are fields 12–15 (0-based from the state field).
      return fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0) * tick;
    } catch {
      continue;
    }
  }
  return null;
}

export async function measureImport(options: { products: number; skusPerProduct: number; dataDir: string; runDir: string; log: (line: string) => void }): Promise<ImportSection> {
  const { products, skusPerProduct, dataDir, runDir, log } = options;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const pictures = ["robe-lina.png", "robe-lina-dos.jpg", "pull-marin.png"];
  for (const picture of pictures) copyFileSync(path.join("lib/import/fixtures/pictures", picture), path.join(dataDir, picture));
  const feed = path.join(dataDir, "products.xml");
  const started = performance.now();
  const skus = await writeBenchFeed(feed, products, skusPerProduct, pictures);
  const generateMs = Math.round(performance.now() - started);
  const feedBytes = statSync(feed).size;
  log(`import: wrote ${skus} items (${Math.round(feedBytes / 1e6)} MB) in ${Math.round(generateMs / 1000)} s; PGlite…`);

  const pglite = await runChild(feed, { DATA_DIR: path.join(dataDir, "db"), DATABASE_URL: "" }, path.join(runDir, "import-pglite.log"));
  log(`import: PGlite ${Math.round(pglite.firstMs / 1000)} s, again ${Math.round(pglite.againMs / 1000)} s, peak RSS ${pglite.peakRssMb} MB; PostgreSQL…`);
  rmSync(path.join(dataDir, "db"), { recursive: true, force: true });

  let postgres: ImportRun | NotMeasured;
  const cluster = await startPostgresCluster();
  if (!cluster) postgres = { measured: false, reason: "no PostgreSQL server binaries on this machine" };
  else {
    try {
      const port = new URL(cluster.url).port;
      const serverBefore = serverCpuMs(port);
      postgres = await runChild(feed, { DATABASE_URL: cluster.url }, path.join(runDir, "import-postgres.log"));
      const serverAfter = serverCpuMs(port);
      if (serverBefore !== null && serverAfter !== null) postgres.serverCpuMs = Math.round(serverAfter - serverBefore);
      log(`import: PostgreSQL ${Math.round(postgres.firstMs / 1000)} s, again ${Math.round(postgres.againMs / 1000)} s, peak RSS ${postgres.peakRssMb} MB, server CPU ${postgres.serverCpuMs ?? "?"} ms`);
    } catch (error) {
      postgres = { measured: false, reason: `failed: ${(error as Error).message}` };
    } finally {
      await cluster.stop();
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  return { measured: true, products, skus, feedBytes, generateMs, pglite, postgres };
}
