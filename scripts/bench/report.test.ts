import { describe, expect, it } from "vitest";
import { evaluateBudgets } from "./check";
import { bar, barChart, renderReport, table } from "./report";
import type { BenchResults, Budget, LighthousePage } from "./types";

const page = (path: string, performance: number, jsBytes: number): LighthousePage => ({
  url: `http://127.0.0.1:3240${path}`,
  performance,
  lcpMs: 1650,
  observedLcpMs: 400,
  scriptsBeforeLcp: 6,
  fcpMs: 900,
  tbtMs: 40,
  cls: 0.002,
  accessibility: 100,
  seo: 100,
  jsBytes,
  scripts: [
    { url: "http://127.0.0.1:3240/_next/static/chunks/framework.js", transferBytes: jsBytes - 20_000 },
    { url: "http://127.0.0.1:3240/_next/static/chunks/page.js", transferBytes: 20_000 },
  ],
  failingAudits: performance < 90 ? ["color-contrast"] : [],
  lcpElement: '<img alt="Pull marin" src="/images/products/pull.webp">',
  runs: [{ performance, lcpMs: 1650, observedLcpMs: 400, scriptsBeforeLcp: 6, fcpMs: 900, tbtMs: 40, cls: 0.002, accessibility: 100, seo: 100, jsBytes }],
});

const load = (path: string, rps: number, ratio?: number) => ({ path, requestsPerSecond: rps, p50Ms: 12, p99Ms: 48, non2xx: 0, errors: 0, ...(ratio === undefined ? {} : { ratio }) });

const results: BenchResults = {
  version: 1,
  mode: "short",
  catalogProducts: 264,
  durationSeconds: 181,
  machine: {
    date: "2026-11-25T06:30:00.000Z",
    commit: "abc1234",
    dirty: false,
    cores: 2,
    cpu: "Test CPU",
    memoryGiB: 24,
    loadAverage: 2.5,
    node: "v20.20.2",
    chromium: "Chromium 156",
    lighthouse: "12.2.3",
  },
  lighthouse: { measured: true, runs: 1, pages: { home: page("/", 96, 150_000), product: page("/products/pull-marin", 88, 181_500) } },
  throughput: {
    measured: true,
    durationSeconds: 3,
    connections: 10,
    ceiling: load("/robots.txt", 2000),
    routes: { product: load("/products/pull-marin", 800, 0.4) },
  },
  ssr: { measured: true, product: { path: "/products/pull-marin", samples: 5, medianMs: 35.2, p95Ms: 60 } } as never,
  offline: { measured: false, reason: "scripts/bench-offline.mjs does not exist yet" },
  scale: { measured: false, reason: "short mode" },
  database: {
    measured: true,
    products: 264,
    pglite: { seedMs: 900, queries: [{ name: "product by slug", iterations: 20, medianMs: 1.25, p95Ms: 2 }] },
    postgres: { version: "15.14", seedMs: 700, queries: [{ name: "product by slug", iterations: 20, medianMs: 0.8, p95Ms: 1.1 }] },
  },
};

const budgets: Budget[] = [
  { id: "product-performance", label: "Product page: performance", metric: "lighthouse.pages.product.performance", op: ">=", value: 90, unit: "score" },
  { id: "product-js", label: "Product page: JS", metric: "lighthouse.pages.product.jsBytes", op: "<=", value: 170_000, unit: "bytes" },
  { id: "product-ssr-ratio", label: "Product SSR ratio", metric: "throughput.routes.product.ratio", op: ">=", value: 0.5, unit: "ratio" },
  { id: "offline-search", label: "Offline search", metric: "offline.searchMs", op: "<=", value: 30, unit: "ms" },
];

describe("report", () => {
  const markdown = renderReport(results, evaluateBudgets(results, budgets));

  it("puts each figure next to its budget and outcome", () => {
    expect(markdown).toContain("| product | performance | 88 | — | ≥ 90 | ❌ fail |");
    expect(markdown).toContain("| product | JS (transfer) | 181.5 kB | — | ≤ 170.0 kB | ❌ fail |");
    expect(markdown).toContain("| home | performance | 96 | — | — | — |");
    expect(markdown).toContain("| product | `/products/pull-marin` | 800 | 12 ms | 48 ms | 40 % | 0 | ≥ 50 % | ❌ fail |");
    expect(markdown).toContain("**0 passed, 3 missed, 1 not measured**");
  });

  it("names the LCP element and the audits to fix", () => {
    expect(markdown).toContain('| product | `<img alt="Pull marin" src="/images/products/pull.webp">` | color-contrast |');
    expect(markdown).toContain("| home | `<img alt=\"Pull marin\" src=\"/images/products/pull.webp\">` | none |");
  });

  it("says why a section was not measured instead of showing numbers", () => {
    expect(markdown).toContain("## Offline\n\n_Not measured: scripts/bench-offline.mjs does not exist yet_");
    expect(markdown).toContain("## Scale: demo catalog vs a big catalog\n\n_Not measured: short mode_");
  });

  it("flags figures measured under load and records the machine", () => {
    expect(markdown).toContain("**Measured under load** (load average 2.50 on 2 cores");
    expect(markdown).toContain("| Chromium | Chromium 156 |");
    expect(markdown).toContain("| git commit | abc1234 |");
  });

  it("shows PGlite and PostgreSQL side by side", () => {
    expect(markdown).toContain("| product by slug | 1.3 ms | 2.0 ms | 0.8 ms | 1.1 ms | 20 |");
  });
});

describe("charts and tables", () => {
  it("draws bars proportional to the largest value, in eighths", () => {
    expect(bar(100, 100, 10)).toBe("██████████");
    expect(bar(50, 100, 10)).toBe("█████");
    expect(bar(5, 100, 10)).toBe("▌");
    expect(bar(0, 100, 10)).toBe("");
  });

  it("aligns chart labels and fences the chart as text", () => {
    const chart = barChart([
      { label: "static file", value: 2000, text: "2000 req/s" },
      { label: "product", value: 500, text: "500 req/s" },
    ], 8);
    expect(chart.split("\n")).toEqual(["```text", "static file  ████████  2000 req/s", "product      ██        500 req/s", "```"]);
  });

  it("escapes pipes inside cells", () => {
    expect(table(["a"], [["x|y"]])).toBe("| a |\n| --- |\n| x\\|y |");
  });
});
