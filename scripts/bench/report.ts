/** bench/report.md from results.json and the budget verdicts: pure string building. */
import { formatBudget, formatValue } from "./check";
import type {
  BenchResults,
  BudgetVerdict,
  DatabaseSection,
  ImportRun,
  LoadResult,
  NotMeasured,
  SingleRequestTiming,
  ThroughputSection,
} from "./types";

const PARTIALS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar in eighths of a character, so small differences still show. */
export function bar(value: number, max: number, width = 30): string {
  if (!(max > 0) || !(value > 0)) return "";
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return "█".repeat(Math.floor(eighths / 8)) + PARTIALS[eighths % 8];
}

/** A bar chart in a code block: reads the same on GitHub, in a terminal and in an editor. */
export function barChart(rows: readonly { label: string; value: number; text: string }[], width = 30): string {
  if (rows.length === 0) return "";
  const max = Math.max(...rows.map((r) => r.value));
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const lines = rows.map((r) => `${r.label.padEnd(labelWidth)}  ${bar(r.value, max, width).padEnd(width + 1)} ${r.text}`);
  return ["```text", ...lines, "```"].join("\n");
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  return [
    `| ${header.map(escape).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ].join("\n");
}

function isMeasured<T extends object>(section: T | NotMeasured): section is T {
  return (section as { measured?: boolean }).measured !== false;
}

function notMeasured(section: NotMeasured): string {
  return `_Not measured: ${section.reason}_`;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const rps = (value: number) => `${Math.round(value)}`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function statusMark(verdict: BudgetVerdict | undefined): string {
  if (!verdict) return "—";
  return verdict.status === "pass" ? "✅ pass" : verdict.status === "fail" ? "❌ fail" : "⚠️ not measured";
}

class Verdicts {
  private readonly byMetric: Map<string, BudgetVerdict>;
  constructor(verdicts: readonly BudgetVerdict[]) {
    this.byMetric = new Map(verdicts.map((v) => [v.budget.metric, v]));
  }
  budget(metric: string): string {
    const verdict = this.byMetric.get(metric);
    return verdict ? formatBudget(verdict.budget) : "—";
  }
  status(metric: string): string {
    return statusMark(this.byMetric.get(metric));
  }
}

function machineSection(results: BenchResults): string {
  const m = results.machine;
  const rows = [
    ["date", m.date],
    ["git commit", `${m.commit}${m.dirty ? " (with uncommitted changes)" : ""}`],
    ["mode", results.mode === "short" ? "short (1 Lighthouse run, 3 s load tests, no 100k catalog)" : "full"],
    ["CPU", `${m.cores} cores, ${m.cpu}`],
    ["memory", `${m.memoryGiB} GiB`],
    ["load average (1 min) at start", m.loadAverage.toFixed(2)],
    ["Node.js", m.node],
    ["Chromium", m.chromium],
    ["Lighthouse", m.lighthouse],
    ["demo catalog", `${results.catalogProducts} products`],
    ["run time", `${Math.round(results.durationSeconds)} s`],
  ];
  const noisy =
    m.loadAverage >= 1
      ? `\n\n> **Measured under load** (load average ${m.loadAverage.toFixed(2)} on ${m.cores} cores at start): other work shared the CPU, so throughput and Lighthouse timings are pessimistic and noisy.`
      : "";
  return `## Machine\n\n${table(["", ""], rows)}${noisy}`;
}

function summarySection(verdicts: readonly BudgetVerdict[]): string {
  const count = (status: BudgetVerdict["status"]) => verdicts.filter((v) => v.status === status).length;
  const rows = verdicts.map((v) => [
    v.budget.label,
    v.actual === null ? `not measured: ${v.reason}` : formatValue(v.actual, v.budget.unit),
    formatBudget(v.budget),
    statusMark(v),
  ]);
  return [
    "## Budgets",
    "",
    `**${count("pass")} passed, ${count("fail")} missed, ${count("not measured")} not measured** (budgets in \`bench/budgets.json\`; \`npm run bench:check\` fails on any budget not passed).`,
    "",
    table(["budget", "measured", "budget", "result"], rows),
  ].join("\n");
}

const LIGHTHOUSE_METRICS = [
  { key: "performance", label: "performance", format: (v: number) => String(Math.round(v)) },
  { key: "fcpMs", label: "FCP", format: ms },
  { key: "lcpMs", label: "LCP", format: ms },
  { key: "observedLcpMs", label: "LCP as observed, unthrottled", format: ms },
  { key: "scriptsBeforeLcp", label: "scripts loaded before the observed LCP", format: (v: number) => String(Math.round(v)) },
  { key: "tbtMs", label: "TBT", format: ms },
  { key: "cls", label: "CLS", format: (v: number) => v.toFixed(3) },
  { key: "accessibility", label: "accessibility", format: (v: number) => String(Math.round(v)) },
  { key: "seo", label: "SEO", format: (v: number) => String(Math.round(v)) },
  { key: "jsBytes", label: "JS (transfer)", format: kB },
] as const;

function lighthouseSection(results: BenchResults, verdicts: Verdicts): string {
  const section = results.lighthouse;
  const title = "## Lighthouse mobile (simulated throttling, default mobile settings)";
  if (!isMeasured(section)) return `${title}\n\n${notMeasured(section)}`;
  const rows: string[][] = [];
  for (const [name, page] of Object.entries(section.pages)) {
    for (const metric of LIGHTHOUSE_METRICS) {
      const path = `lighthouse.pages.${name}.${metric.key}`;
      rows.push([
        name,
        metric.label,
        metric.format(page[metric.key]),
        section.runs > 1 ? page.runs.map((run) => metric.format(run[metric.key])).join(" / ") : "—",
        verdicts.budget(path),
        verdicts.status(path),
      ]);
    }
    // Measured once per page, on the median run's scripts.
    for (const [key, label] of [
      ["jsGzipBytes", "JS (gzip)"],
      ["duplicatedModuleGzipBytes", "modules shipped twice (gzip)"],
    ] as const) {
      const value = page[key];
      if (value === undefined) continue;
      const path = `lighthouse.pages.${name}.${key}`;
      rows.push([name, label, kB(value), "—", verdicts.budget(path), verdicts.status(path)]);
    }
  }
  const parts = [
    title,
    "",
    `Median of ${section.runs} run${section.runs === 1 ? "" : "s"} per page. Pages: ${Object.entries(section.pages)
      .map(([name, page]) => `${name} \`${new URL(page.url).pathname}\``)
      .join(", ")}.`,
    "",
    table(["page", "metric", "median", "runs", "budget", "result"], rows),
    "",
    "What to look at first:",
    "",
    table(
      ["page", "LCP element", "accessibility and SEO audits not passed"],
      Object.entries(section.pages).map(([name, page]) => [
        name,
        page.lcpElement ? `\`${page.lcpElement.replace(/\s+/g, " ").slice(0, 120)}\`` : "—",
        page.failingAudits.length > 0 ? page.failingAudits.join(", ") : "none",
      ]),
    ),
    "",
    "JavaScript transferred per page:",
    "",
    barChart(Object.entries(section.pages).map(([name, page]) => ({ label: name, value: page.jsBytes, text: kB(page.jsBytes) }))),
  ];
  const product = section.pages.product;
  if (product) {
    parts.push(
      "",
      "Biggest scripts on the product page (median run):",
      "",
      table(
        ["script", "transfer"],
        product.scripts.slice(0, 10).map((s) => [`\`${new URL(s.url).pathname}\``, kB(s.transferBytes)]),
      ),
    );
  }
  return parts.join("\n");
}

function loadRows(section: ThroughputSection, pathPrefix: string | null, verdicts: Verdicts): string[][] {
  const row = (name: string, r: LoadResult, budgetPath: string | null) => [
    name,
    `\`${r.path}\``,
    rps(r.requestsPerSecond),
    ms(r.p50Ms),
    ms(r.p99Ms),
    r.ratio === undefined ? "ceiling" : `${Math.round(r.ratio * 100)} %`,
    r.non2xx + r.errors > 0 ? `${r.non2xx} non-2xx, ${r.errors} errors` : "0",
    budgetPath ? verdicts.budget(budgetPath) : "—",
    budgetPath ? verdicts.status(budgetPath) : "—",
  ];
  return [
    row("static chunk", section.ceiling, null),
    ...Object.entries(section.routes).map(([name, r]) => row(name, r, pathPrefix ? `${pathPrefix}.routes.${name}.ratio` : null)),
  ];
}

function throughputChart(section: ThroughputSection): string {
  return barChart([
    { label: "static chunk", value: section.ceiling.requestsPerSecond, text: `${rps(section.ceiling.requestsPerSecond)} req/s` },
    ...Object.entries(section.routes).map(([name, r]) => ({
      label: name,
      value: r.requestsPerSecond,
      text: `${rps(r.requestsPerSecond)} req/s (${Math.round((r.ratio ?? 0) * 100)} %)`,
    })),
  ]);
}

const LOAD_HEADER = ["route", "path", "req/s", "p50", "p99", "vs static chunk", "failures", "budget", "result"];

function throughputSection(results: BenchResults, verdicts: Verdicts): string {
  const section = results.throughput;
  const title = "## Server throughput (autocannon, loopback)";
  if (!isMeasured(section)) return `${title}\n\n${notMeasured(section)}`;
  return [
    title,
    "",
    `\`next start\` on PGlite with the ${results.catalogProducts}-product demo catalog; ${section.connections} connections for ${section.durationSeconds} s per route. A real \`/_next/static/\` chunk served by the same server is the ceiling each route is compared with; each route is requested a few times first, so this is the **cache-hit** path (the miss path is the single-request table below). The load generator shares the machine's ${results.machine.cores} cores with the server.`,
    "",
    table(LOAD_HEADER, loadRows(section, "throughput", verdicts)),
    "",
    throughputChart(section),
  ].join("\n");
}

function ssrTable(timings: Record<string, SingleRequestTiming>): string {
  return table(
    ["page", "first of the sampled paths", "median", "p95", "samples"],
    Object.entries(timings).map(([name, t]) => [name, `\`${t.path}\``, ms(t.medianMs), ms(t.p95Ms), String(t.samples)]),
  );
}

function ssrSection(results: BenchResults): string {
  const title = "## Single-request SSR timings";
  if (!isMeasured(results.ssr)) return `${title}\n\n${notMeasured(results.ssr)}`;
  return `${title}\n\nThe **cache-miss** path: URLs nothing requested before, one request at a time on an idle server, timed until the whole body is read (time to full HTML, not time to first byte).\n\n${ssrTable(results.ssr)}`;
}

function offlineSection(results: BenchResults, verdicts: Verdicts): string {
  const section = results.offline;
  const title = "## Offline";
  if (!isMeasured(section)) return `${title}\n\n${notMeasured(section)}`;
  const row = (label: string, key: "navigationMs" | "mirrorSync10kMs" | "mirrorSyncCold10kMs" | "searchMs" | "searchShellSearchMs") => {
    const value = section[key];
    const path = `offline.${key}`;
    return [label, value === null ? "not reported" : ms(value), verdicts.budget(path), verdicts.status(path)];
  };
  return [
    title,
    "",
    "Measured by `scripts/bench-offline.mjs` (its raw output is in results.json).",
    "",
    table(
      ["measure", "value", "budget", "result"],
      [
        row("navigation to a cached product page, network off", "navigationMs"),
        row("catalog mirror sync, 10,000 products (server's feed cache filled)", "mirrorSync10kMs"),
        row("catalog mirror sync, 10,000 products, first on a fresh server (feed cache empty)", "mirrorSyncCold10kMs"),
        row("offline search, 10,000 products", "searchMs"),
        row("the same search inside an offline /search page starting up", "searchShellSearchMs"),
      ],
    ),
  ].join("\n");
}

function scaleSection(results: BenchResults): string {
  const section = results.scale;
  const title = "## Scale: demo catalog vs a big catalog";
  if (!isMeasured(section)) return `${title}\n\n${notMeasured(section)}`;
  const parts = [
    title,
    "",
    `The same measures on a generated ${section.products.toLocaleString("en")}-product catalog (\`DATA_DIR=data/bench-big npm run seed -- --products ${section.products}\`, seeded in ${Math.round(section.seedMs / 1000)} s), served by a second \`next start\`.`,
  ];
  const demo = results.throughput;
  const big = section.throughput;
  if (isMeasured(big)) {
    const pick = (s: ThroughputSection, name: string): LoadResult | undefined => (name === "static chunk" ? s.ceiling : s.routes[name]);
    const names = ["static chunk", ...Object.keys(big.routes)];
    const small = isMeasured(demo) ? demo : null;
    parts.push(
      "",
      table(
        ["route", `req/s (${results.catalogProducts})`, `req/s (${section.products})`, `p99 (${results.catalogProducts})`, `p99 (${section.products})`],
        names.map((name) => {
          const before = small ? pick(small, name) : undefined;
          const after = pick(big, name)!;
          return [name, before ? rps(before.requestsPerSecond) : "—", rps(after.requestsPerSecond), before ? ms(before.p99Ms) : "—", ms(after.p99Ms)];
        }),
      ),
    );
  } else {
    parts.push("", `Throughput: ${notMeasured(big)}`);
  }
  if (isMeasured(section.ssr)) {
    const demoSsr = isMeasured(results.ssr) ? results.ssr : {};
    parts.push(
      "",
      "Single-request SSR (median):",
      "",
      table(
        ["page", `${results.catalogProducts} products`, `${section.products} products`],
        Object.entries(section.ssr).map(([name, t]) => [name, demoSsr[name] ? ms(demoSsr[name].medianMs) : "—", ms(t.medianMs)]),
      ),
    );
  } else {
    parts.push("", `SSR timings: ${notMeasured(section.ssr)}`);
  }
  return parts.join("\n");
}

function databaseSection(section: DatabaseSection | NotMeasured): string {
  const title = "## Database: PGlite vs PostgreSQL";
  if (!isMeasured(section)) return `${title}\n\n${notMeasured(section)}`;
  const pg = section.postgres;
  const pgByName = new Map(isMeasured(pg) ? pg.queries.map((q) => [q.name, q]) : []);
  const rows = section.pglite.queries.map((q) => {
    const other = pgByName.get(q.name);
    return [q.name, ms(q.medianMs), ms(q.p95Ms), other ? ms(other.medianMs) : "—", other ? ms(other.p95Ms) : "—", String(q.iterations)];
  });
  const chart = barChart(
    section.pglite.queries.flatMap((q) => {
      const other = pgByName.get(q.name);
      return [
        { label: `${q.name} · PGlite`, value: q.medianMs, text: ms(q.medianMs) },
        ...(other ? [{ label: `${q.name} · PostgreSQL`, value: other.medianMs, text: ms(other.medianMs) }] : []),
      ];
    }),
  );
  return [
    title,
    "",
    `The catalog queries of \`lib/catalog/queries.ts\`, called directly (no HTTP), on the same seeded ${section.products.toLocaleString("en")}-product catalog: PGlite on disk in this process, and ${isMeasured(pg) ? `PostgreSQL ${pg.version} in a throwaway local cluster over loopback TCP` : "PostgreSQL"}. Seeding took ${Math.round(section.pglite.seedMs)} ms on PGlite${isMeasured(pg) ? ` and ${Math.round(pg.seedMs)} ms on PostgreSQL` : ""}.`,
    ...(isMeasured(pg) ? [] : ["", `PostgreSQL: ${notMeasured(pg)}`]),
    "",
    table(["query", "PGlite median", "PGlite p95", "PostgreSQL median", "PostgreSQL p95", "iterations"], rows),
    "",
    chart,
  ].join("\n");
}

function importSection(section: BenchResults["import"]): string {
  const title = "## Catalog import (Merchant Center feed)";
  if (!section) return `${title}\n\nnot measured in this run`;
  if (!isMeasured(section)) return `${title}\n\n${notMeasured(section)}`;
  const run = (name: string, r: ImportRun | NotMeasured) =>
    isMeasured(r)
      ? [
          name,
          `${(r.firstMs / 1000).toFixed(1)} s`,
          r.firstCpuMs === undefined ? "—" : `${(r.firstCpuMs / 1000).toFixed(1)} s`,
          r.serverCpuMs === undefined ? "—" : `${(r.serverCpuMs / 1000).toFixed(1)} s`,
          `${(r.againMs / 1000).toFixed(1)} s`,
          `${r.peakRssMb} MB`,
          r.again.changed ? "changed!" : "nothing changed",
        ]
      : [name, notMeasured(r), "—", "—", "—", "—", "—"];
  return [
    title,
    "",
    `A generated XML feed of ${section.products.toLocaleString("en")} products / ${section.skus.toLocaleString("en")} SKUs (${Math.round(section.feedBytes / 1e6)} MB, one of 3 local pictures per product), imported into an empty catalog, then again; each database in its own process.`,
    "",
    table(["database", "first import", "its CPU time (importing process)", "server CPU, both imports", "same feed again", "peak RSS", "second import"], [run("PGlite", section.pglite), run("PostgreSQL", section.postgres)]),
  ].join("\n");
}

export function renderReport(results: BenchResults, verdicts: readonly BudgetVerdict[]): string {
  const v = new Verdicts(verdicts);
  return [
    "# Vitrine benchmarks\n\nGenerated by `npm run bench` (see `docs/benchmarks.md`); do not edit by hand.",
    machineSection(results),
    summarySection(verdicts),
    lighthouseSection(results, v),
    throughputSection(results, v),
    ssrSection(results),
    offlineSection(results, v),
    scaleSection(results),
    databaseSection(results.database),
    importSection(results.import),
  ].join("\n\n") + "\n";
}
