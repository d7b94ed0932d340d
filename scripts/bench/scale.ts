/** The demo catalog's page measures again on a generated big catalog (default 100,000 products). */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fetchSubjects, loadRoutes, ssrPages, staticChunkPath } from "./pages";
import { startServer } from "./server";
import { round } from "./stats";
import { measureSsr, measureThroughput } from "./throughput";
import type { ScaleSection } from "./types";

/** Parses the counts line scripts/seed.ts prints, e.g. `pglite: { categories: 10, products: 100000, … }`. */
export function seededProducts(output: string): number | null {
  const match = /products: (\d+)/.exec(output);
  return match ? Number(match[1]) : null;
}

function seed(dataDir: string, products: number): string {
  // DATA_DIR rather than --data-dir: the server opens DATA_DIR/pglite, and so does the seed then.
  const result = spawnSync("npx", ["tsx", "scripts/seed.ts", "--products", String(products)], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir },
    maxBuffer: 16 * 2 ** 20,
  });
  if (result.status !== 0) throw new Error(`seeding ${products} products failed: ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ")}`);
  return result.stdout;
}

export interface ScaleOptions {
  distDir: string;
  port: number;
  dataDir: string;
  products: number;
  connections: number;
  durationSeconds: number;
  /** The static chunk measured as the ceiling; empty: read from this server's home page. */
  ceilingPath: string;
  ssrSamples: number;
  runDir: string;
  log: (line: string) => void;
}

export async function measureScale(options: ScaleOptions): Promise<ScaleSection> {
  // Seeded afresh each run (about a minute for 100,000 products), so a catalog left by an older
  // seed never stands in for what the current code produces.
  options.log(`scale: seeding ${options.products} products into ${options.dataDir}…`);
  rmSync(options.dataDir, { recursive: true, force: true });
  const started = performance.now();
  const output = seed(options.dataDir, options.products);
  const seedMs = round(performance.now() - started);
  if (seededProducts(output) !== options.products) throw new Error(`the seed did not report ${options.products} products: ${output.trim()}`);
  options.log(`scale: seeded in ${Math.round(seedMs / 1000)} s; starting the server`);

  const server = await startServer({ distDir: options.distDir, port: options.port, dataDir: options.dataDir, logFile: path.join(options.runDir, "server-big.log") });
  try {
    const subjects = await fetchSubjects(server.baseUrl, options.ssrSamples);
    const ssr = await measureSsr(server.baseUrl, ssrPages(subjects));
    const throughput = await measureThroughput({
      baseUrl: server.baseUrl,
      ceilingPath: options.ceilingPath || staticChunkPath(await (await fetch(`${server.baseUrl}/`)).text()),
      routes: loadRoutes(subjects),
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      log: options.log,
    });
    if (subjects.total !== options.products) throw new Error(`the server serves ${subjects.total} products, not ${options.products}`);
    return { measured: true, products: options.products, seedMs, throughput, ssr };
  } finally {
    await server.stop();
  }
}
