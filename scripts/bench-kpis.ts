/**
 * `npm run bench:kpis`: the back office dashboard's query time at 10 million analytics events
 * (docs/back-office.md), on PGlite and on PostgreSQL (a throwaway cluster). Events are generated
 * in SQL (generate_series) by lib/analytics/generate.ts, rollups rebuilt, then the report for the
 * last 30 and 60 days is timed. Runs alone; prints a table and writes bench/runs/kpis-*.json.
 *
 *   tsx scripts/bench-kpis.ts [--events 10000000] [--runs 20] [--engines pglite,postgres]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { generateTrafficEvents } from "../lib/analytics/generate";
import { kpiReport } from "../lib/analytics/kpis";
import { rebuildRollups } from "../lib/analytics/record";
import { openDatabase, type Database } from "../lib/db/client";
import { startPostgresCluster } from "../lib/testing/postgres-cluster";

const { values } = parseArgs({ options: { events: { type: "string", default: "10000000" }, runs: { type: "string", default: "20" }, engines: { type: "string", default: "pglite,postgres" } } });
const EVENTS_PER_SESSION = 4.83; // what lib/analytics/generate.ts produces on average (measured below)
const targetEvents = Number(values.events);
const runs = Number(values.runs);
const END_DAY = "2026-11-30";
const STORES = Array.from({ length: 16 }, (_, i) => `store-${String(i + 1).padStart(2, "0")}`);

async function count(db: Database["db"], table: string): Promise<number> {
  const { rows } = (await db.execute(sql.raw(`select count(*)::bigint as n from ${table}`))) as unknown as { rows: { n: string }[] };
  return Number(rows[0]!.n);
}

async function measure(engine: string, database: Database) {
  const { db } = database;
  const sessions = Math.round(targetEvents / EVENTS_PER_SESSION);
  const started = performance.now();
  // In slices: one statement over 2 million sessions needs more memory than PGlite's WASM heap.
  const slice = 250_000;
  for (let first = 0; first < sessions; first += slice) {
    await generateTrafficEvents(db, { sessions: Math.min(slice, sessions - first), firstSession: first, totalSessions: sessions, days: 60, endDay: END_DAY, stores: STORES, newsletterCampaign: "newsletter-hiver" });
  }
  await rebuildRollups(db);
  const loadSeconds = (performance.now() - started) / 1000;
  const events = await count(db, "analytics_events");
  const rollupRows = await count(db, "kpi_daily");
  const timings: Record<string, number[]> = {};
  for (const [label, from] of [["30 days", "2026-11-01"], ["60 days", "2026-10-02"]] as const) {
    await kpiReport(db, { from, to: END_DAY }); // warm
    timings[label] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await kpiReport(db, { from, to: END_DAY });
      timings[label]!.push(performance.now() - t);
    }
  }
  const stats = Object.fromEntries(
    Object.entries(timings).map(([label, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return [label, { medianMs: round(sorted[Math.floor(sorted.length / 2)]!), p95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!) }];
    }),
  );
  return { engine, events, rollupRows, loadSeconds: round(loadSeconds), report: stats };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function main() {
  const results = [];
  for (const engine of values.engines!.split(",")) {
    console.error(`[bench:kpis] ${engine}: generating ${targetEvents.toLocaleString("en")} events…`);
    if (engine === "pglite") {
      const database = await openDatabase({ dataDir: "memory" });
      results.push(await measure("pglite", database));
      await database.close();
    } else if (engine === "postgres") {
      const cluster = await startPostgresCluster();
      if (!cluster) {
        console.error("[bench:kpis] no PostgreSQL binaries: skipped");
        continue;
      }
      const database = await openDatabase({ url: cluster.url });
      try {
        results.push(await measure("postgres", database));
      } finally {
        await database.close();
        await cluster.stop();
      }
    }
    console.error(JSON.stringify(results.at(-1)));
  }
  console.log("| engine | events | kpi_daily rows | load + rollup (s) | report 30 days median / p95 (ms) | report 60 days median / p95 (ms) |");
  console.log("|---|---|---|---|---|---|");
  for (const r of results) {
    console.log(`| ${r.engine} | ${r.events.toLocaleString("en")} | ${r.rollupRows.toLocaleString("en")} | ${r.loadSeconds} | ${r.report["30 days"]!.medianMs} / ${r.report["30 days"]!.p95Ms} | ${r.report["60 days"]!.medianMs} / ${r.report["60 days"]!.p95Ms} |`);
  }
  const dir = "bench/runs";
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `kpis-${new Date().toISOString().replace(/[:.]/g, "-")}.json`), JSON.stringify({ targetEvents, runs, results }, null, 2));
}

void main();
