/**
 * `npm run bench`: builds into its own dist dir, serves the build with `next start` on an
 * embedded database of its own, measures (database, Lighthouse, throughput, SSR, offline,
 * scale) and writes bench/results.json and bench/report.md. `npm run bench:check` compares
 * bench/results.json with bench/budgets.json and exits 1 when a budget is not met.
 *
 *   tsx scripts/bench.ts [--short] [--skip-build] [--port 3240] [--sections a,b] [--scale-products N]
 *   tsx scripts/bench.ts --check [--results bench/results.json]
 *
 * Short mode (or BENCH_SHORT=1): 1 Lighthouse run per page, 3 s load tests, no big catalog.
 * --sections runs only some of: database, lighthouse, ssr, throughput, offline, scale, import
 * (naming scale or import runs it in short mode too). Ports: --port (demo), +1 (big catalog),
 * +2 (bare Next.js page), +5 (PostgreSQL). --import-products sizes the generated feed of the
 * import section (4 SKUs each).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { evaluateBudgets, formatVerdicts, isMissed, parseBudgets } from "./bench/check";
import type { BenchResults, NotMeasured } from "./bench/types";

const { values } = parseArgs({
  options: {
    short: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "3240" },
    sections: { type: "string" },
    "scale-products": { type: "string", default: "100000" },
    "import-products": { type: "string", default: "100000" },
    results: { type: "string", default: "bench/results.json" },
  },
});

const BUDGETS = "bench/budgets.json";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
/** How long a Lighthouse run may wait for the CPUs to go quiet first (docs/benchmarks.md, "Variables"). */
const SETTLE_MAX_MS = Number(process.env.BENCH_SETTLE_MAX_MS ?? 15_000);
if (!Number.isInteger(SETTLE_MAX_MS) || SETTLE_MAX_MS < 0) throw new Error(`BENCH_SETTLE_MAX_MS must be a whole number of milliseconds ≥ 0, not ${process.env.BENCH_SETTLE_MAX_MS}`);

function readBudgets() {
  return parseBudgets(JSON.parse(readFileSync(BUDGETS, "utf8")));
}

function check(): number {
  if (!existsSync(values.results!)) {
    console.error(`No ${values.results}: run \`npm run bench\` (or \`npm run bench -- --short\`) first.`);
    return 1;
  }
  const results = JSON.parse(readFileSync(values.results!, "utf8")) as BenchResults;
  const verdicts = evaluateBudgets(results, readBudgets());
  console.log(`Budgets for the ${results.mode} run of ${results.machine.date} (commit ${results.machine.commit}):\n`);
  console.log(formatVerdicts(verdicts));
  const missed = verdicts.filter(isMissed).length;
  console.log(`\nbudgets: ${verdicts.length - missed} met, ${missed} missed or not measured`);
  return missed === 0 ? 0 : 1;
}

async function run(): Promise<void> {
  const short = values.short || process.env.BENCH_SHORT === "1";
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1024 || port > 65_000) throw new Error("--port must be a free TCP port number");
  const budgets = readBudgets(); // fail on a broken budgets file before spending minutes measuring
  const known = ["database", "lighthouse", "ssr", "throughput", "offline", "scale", "import"];
  const chosen = values.sections?.split(",").map((name) => name.trim()) ?? known;
  const unknown = chosen.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unknown --sections ${unknown.join(", ")} (known: ${known.join(", ")})`);
  const runs = (name: string) => chosen.includes(name);
  const scaleProducts = Number(values["scale-products"]);
  if (!Number.isInteger(scaleProducts) || scaleProducts < 1) throw new Error("--scale-products must be a whole number");
  const importProducts = Number(values["import-products"]);
  if (!Number.isInteger(importProducts) || importProducts < 1) throw new Error("--import-products must be a whole number");

  const { machineFacts } = await import("./bench/machine");
  const { BARE_APP_DIR, build, buildBare, hasBuild, startServer } = await import("./bench/server");
  const { fetchSubjects, loadRoutes, ssrPages, staticChunkPath, warmPage } = await import("./bench/pages");
  const { runLighthouse, withGapToBare } = await import("./bench/lighthouse");
  const { measureSsr, measureThroughput } = await import("./bench/throughput");
  const { measureOffline } = await import("./bench/offline");
  const { measureScale } = await import("./bench/scale");
  const { measureDatabases } = await import("./bench/database");
  const { measureImport } = await import("./bench/import");
  const { renderReport } = await import("./bench/report");
  const { DEMO_PRODUCT_COUNT } = await import("../lib/db/seed");

  const started = performance.now();
  const log = (line: string) => console.error(`[bench ${Math.round((performance.now() - started) / 1000)} s] ${line}`);
  const runDir = path.join("bench/runs", new Date().toISOString().replace(/[:.]/g, "-"));
  mkdirSync(runDir, { recursive: true });

  /** One section failing is recorded with its reason; the others still run. */
  async function section<T>(name: string, measure: () => Promise<T>): Promise<T | NotMeasured> {
    if (!runs(name)) return { measured: false, reason: `not selected (--sections ${values.sections})` };
    log(`${name}…`);
    try {
      return await measure();
    } catch (error) {
      log(`${name} failed: ${(error as Error).message}`);
      return { measured: false, reason: `failed: ${(error as Error).message}` };
    }
  }

  const machine = machineFacts(CHROME);
  log(`${short ? "short" : "full"} run on ${machine.cores} cores, load ${machine.loadAverage}, commit ${machine.commit}`);
  const needsDemoServer = ["lighthouse", "ssr", "throughput", "offline"].some(runs);
  const needsScale = runs("scale") && (!short || values.sections !== undefined);
  if (values["skip-build"] && hasBuild(DIST_DIR)) log(`reusing the build in ${DIST_DIR}`);
  else if (needsDemoServer || needsScale) build(DIST_DIR, log);
  if (runs("lighthouse")) buildBare(log);

  const connections = 50;
  const durationSeconds = short ? 3 : 10;
  // A real /_next/static/ chunk of the served build, read from the home page once it runs.
  let ceilingPath = "";
  const notSelected: NotMeasured = { measured: false, reason: `not selected (--sections ${values.sections})` };
  const results: BenchResults = {
    version: 1,
    mode: short ? "short" : "full",
    catalogProducts: DEMO_PRODUCT_COUNT,
    machine,
    durationSeconds: 0,
    lighthouse: notSelected,
    throughput: notSelected,
    ssr: notSelected,
    offline: notSelected,
    scale: notSelected,
    database: notSelected,
    import: notSelected,
  };

  // Databases first, while no server competes for the CPU.
  results.database = await section("database", () =>
    measureDatabases({ products: short ? DEMO_PRODUCT_COUNT : 10_000, iterations: short ? 20 : 100, postgresPort: port + 5, log }),
  );

  if (needsDemoServer) {
    // A fresh demo database each run, so every run measures the same catalog.
    const dataDir = "data/bench-demo";
    rmSync(dataDir, { recursive: true, force: true });
    log(`starting next start on port ${port} (DATA_DIR=${dataDir})…`);
    const server = await startServer({ distDir: DIST_DIR, port, dataDir, logFile: path.join(runDir, "server-demo.log") });
    log(`server ready in ${Math.round(server.startMs / 1000)} s`);
    try {
      const subjects = await fetchSubjects(server.baseUrl, short ? 5 : 10);
      results.catalogProducts = subjects.total;
      const pages = { home: "/", category: `/categories/${subjects.category}`, product: `/products/${subjects.product}` };
      ceilingPath = staticChunkPath(await (await fetch(server.baseUrl + "/")).text());
      // Each page and its images once before Lighthouse: it measures a warm server, as shoppers mostly meet it.
      for (const page of Object.values(pages)) await warmPage(server.baseUrl + page);
      results.lighthouse = await section("lighthouse", async () => {
        // The bare Next.js page runs beside the storefront, so both meet the same machine load.
        const bare = await startServer({
          distDir: ".next-bench",
          appDir: BARE_APP_DIR,
          readyPath: "/",
          port: port + 2,
          dataDir: "data/bench-bare",
          logFile: path.join(runDir, "server-bare.log"),
        });
        try {
          const section = await runLighthouse({
            pages: { bare: `${bare.baseUrl}/`, ...Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, server.baseUrl + page])) },
            runs: short ? 1 : 3,
            chromePath: CHROME,
            settleMaxMs: SETTLE_MAX_MS,
            log,
          });
          return section.measured ? withGapToBare(section) : section;
        } finally {
          await bare.stop();
        }
      });
      results.ssr = await section("ssr", () => measureSsr(server.baseUrl, ssrPages(subjects)));
      results.throughput = await section("throughput", () =>
        measureThroughput({ baseUrl: server.baseUrl, ceilingPath, routes: loadRoutes(subjects), connections, durationSeconds, log }),
      );
      results.offline = await section("offline", () => measureOffline({ baseUrl: server.baseUrl, distDir: DIST_DIR, short, log }));
    } finally {
      await server.stop();
    }
  }

  if (needsScale) {
    results.scale = await section("scale", () =>
      measureScale({
        distDir: DIST_DIR,
        port: port + 1,
        dataDir: "data/bench-big",
        products: scaleProducts,
        connections,
        durationSeconds,
        ceilingPath,
        ssrSamples: 10,
        runDir,
        log,
      }),
    );
  } else if (runs("scale")) {
    results.scale = { measured: false, reason: "short mode (run `npm run bench` without --short for the 100,000-product catalog)" };
  }

  if (runs("import") && (!short || values.sections !== undefined)) {
    results.import = await section("import", () =>
      measureImport({ products: importProducts, skusPerProduct: 4, dataDir: "data/bench-import", runDir, log }),
    );
  } else if (runs("import")) {
    results.import = { measured: false, reason: "short mode (run `npm run bench -- --sections import` for the 100,000-product feed)" };
  }

  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  const verdicts = evaluateBudgets(results, budgets);
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync("bench/report.md", renderReport(results, verdicts));
  copyFileSync("bench/results.json", path.join(runDir, "results.json"));
  copyFileSync("bench/report.md", path.join(runDir, "report.md"));
  console.log(formatVerdicts(verdicts));
  console.log(`\nwrote bench/results.json and bench/report.md (copies in ${runDir}); \`npm run bench:check\` checks the budgets`);
}

if (values.check) {
  process.exitCode = check();
} else {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
