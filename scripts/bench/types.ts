/** The shape of bench/results.json, shared by the sections, the report and the budget check. */

/** A section or figure that could not be measured carries the reason instead of a number. */
export interface NotMeasured {
  measured: false;
  reason: string;
}

export interface MachineFacts {
  date: string;
  commit: string;
  /** Uncommitted changes in the working tree when the run started. */
  dirty: boolean;
  cores: number;
  cpu: string;
  memoryGiB: number;
  /** 1-minute load average at the start: above ~1 on 2 cores means shared, noisy figures. */
  loadAverage: number;
  node: string;
  chromium: string;
  lighthouse: string;
}

export interface ScriptResource {
  url: string;
  transferBytes: number;
}

export interface LighthousePage {
  url: string;
  /** 0–100, like the Lighthouse report shows them. */
  performance: number;
  lcpMs: number;
  /**
   * LCP as it happened in the unthrottled load Lighthouse recorded, before its simulation; the
   * simulated LCP counts every script that finished loading before this moment, unless it saw the
   * script's evaluation start after it (docs/benchmarks.md, run 15).
   */
  observedLcpMs: number;
  /** Scripts whose download ended before that moment: the simulated LCP waits for each (run 15). */
  scriptsBeforeLcp: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  accessibility: number;
  seo: number;
  /** Transfer size (compressed, as served) of every script the page loaded. */
  jsBytes: number;
  /** The median run's scripts gzip-compressed, as served to a client without br (the JS budget's unit). */
  jsGzipBytes?: number;
  /** What the second and later copies of modules shipped in several of those scripts weigh, gzip (0: each once). */
  duplicatedModuleGzipBytes?: number;
  /** The scripts of the median run, biggest first. */
  scripts: ScriptResource[];
  /** Accessibility and SEO audits that did not pass in the median run, e.g. "color-contrast". */
  failingAudits: string[];
  /** The element Lighthouse took as the largest contentful paint, in the median run. */
  lcpElement: string | null;
  /** Performance points below the bare Next.js page measured in the same run. */
  performanceBelowBare?: number;
  /** Every run's figures, for the record; the page's figures above are their medians. */
  runs: Omit<LighthousePage, "runs" | "scripts" | "url" | "failingAudits" | "lcpElement" | "performanceBelowBare" | "jsGzipBytes" | "duplicatedModuleGzipBytes">[];
}

export interface LighthouseSection {
  measured: true;
  runs: number;
  pages: Record<string, LighthousePage>;
}

export interface LoadResult {
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, and socket errors/timeouts: a fast error page is no result. */
  non2xx: number;
  errors: number;
  /** requestsPerSecond / the static-file ceiling's. */
  ratio?: number;
}

export interface ThroughputSection {
  measured: true;
  durationSeconds: number;
  connections: number;
  ceiling: LoadResult;
  routes: Record<string, LoadResult>;
}

export interface SingleRequestTiming {
  path: string;
  /** Sequential requests, each timed until its body is read; different URLs where the page allows. */
  samples: number;
  medianMs: number;
  p95Ms: number;
}

export interface OfflineSection {
  measured: true;
  navigationMs: number | null;
  /** With the server's cache of first-sync feed pages filled (docs/offline.md). */
  mirrorSync10kMs: number | null;
  /** The same sync on a server whose cache is empty: its first one. */
  mirrorSyncCold10kMs: number | null;
  /** The search's own cost: cold, in a page with nothing else running. */
  searchMs: number | null;
  /** The catalog shell's own search inside an offline /search page still starting up (docs/offline.md). */
  searchShellSearchMs: number | null;
  /** What scripts/bench-offline.mjs printed, kept whole. */
  raw: unknown;
}

/** The demo-catalog figures (top-level throughput and ssr) again on a generated big catalog. */
export interface ScaleSection {
  measured: true;
  products: number;
  /** Wall time of `npm run seed` for it (process start, migrations, generation, load, ANALYZE). */
  seedMs: number;
  throughput: ThroughputSection | NotMeasured;
  ssr: Record<string, SingleRequestTiming> | NotMeasured;
}

export interface QueryTiming {
  name: string;
  iterations: number;
  medianMs: number;
  p95Ms: number;
}

export interface DatabaseSection {
  measured: true;
  products: number;
  pglite: { seedMs: number; queries: QueryTiming[] };
  postgres: { version: string; seedMs: number; queries: QueryTiming[] } | NotMeasured;
}

/** One database's run of the catalog import bench (scripts/bench/import.ts). */
export interface ImportRun {
  measured: true;
  /** Wall time of the first import into an empty catalog, and of the same feed again (nothing changes). */
  firstMs: number;
  againMs: number;
  /** CPU time (user + system) of the importing process for each: PGlite's whole work, only the client side of PostgreSQL's. */
  firstCpuMs?: number;
  againCpuMs?: number;
  /** PostgreSQL only: the database server's CPU time over both imports (its backends', from /proc). */
  serverCpuMs?: number;
  /** Peak resident memory of the importing process. */
  peakRssMb: number;
  first: { status: string; products: Record<string, number>; skus: Record<string, number>; stock: Record<string, number>; pictures: Record<string, number>; rejected: number };
  again: { status: string; changed: boolean };
}

export interface ImportSection {
  measured: true;
  products: number;
  skus: number;
  feedBytes: number;
  generateMs: number;
  pglite: ImportRun;
  postgres: ImportRun | NotMeasured;
}

export interface BenchResults {
  version: 1;
  mode: "full" | "short";
  /** Products in the demo catalog the pages were measured on. */
  catalogProducts: number;
  machine: MachineFacts;
  durationSeconds: number;
  lighthouse: LighthouseSection | NotMeasured;
  throughput: ThroughputSection | NotMeasured;
  ssr: Record<string, SingleRequestTiming> | NotMeasured;
  offline: OfflineSection | NotMeasured;
  scale: ScaleSection | NotMeasured;
  database: DatabaseSection | NotMeasured;
  /** Catalog import at scale; absent in results written before it existed. */
  import?: ImportSection | NotMeasured;
}

export interface Budget {
  id: string;
  label: string;
  /** Dotted path into BenchResults, e.g. "lighthouse.pages.product.lcpMs". */
  metric: string;
  op: "<=" | ">=";
  value: number;
  unit: "score" | "ms" | "bytes" | "ratio" | "cls";
}

export interface BudgetVerdict {
  budget: Budget;
  /** null when the figure was not measured (its section's reason is in `reason`). */
  actual: number | null;
  status: "pass" | "fail" | "not measured";
  reason?: string;
}
