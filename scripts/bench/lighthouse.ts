/** Lighthouse mobile runs on the system Chromium (default mobile settings: simulated throttling). */
import { get } from "node:http";
import { gunzipSync } from "node:zlib";
import { type ChunkBody, duplicatedGzipBytes, duplicatedModules } from "./chunk-modules";
import { settleCpu } from "./settle";
import { median } from "./stats";
import type { LighthousePage, LighthouseSection, NotMeasured } from "./types";

/** Headless, and nothing that calls Google services: this machine's closed network refuses them. */
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

type Run = LighthousePage["runs"][number] & Pick<LighthousePage, "scripts" | "failingAudits" | "lcpElement">;

/** The subset of a Lighthouse result (LHR) read here. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score?: number | null; numericValue?: number; details?: { items?: unknown[]; debugData?: { networkStartTimeTs?: number } } } | undefined>;
}

/** Weighted audits of the category that scored below 1 (manual and not-applicable ones score null). */
function failing(lhr: LhrLike, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const audit = lhr.audits[ref.id];
      return typeof audit?.score === "number" && audit.score < 1;
    })
    .map((ref) => ref.id);
}

/** The LCP element's HTML snippet, from the "largest-contentful-paint-element" audit's table. */
function lcpElement(lhr: LhrLike): string | null {
  const tables = (lhr.audits["largest-contentful-paint-element"]?.details?.items ?? []) as { items?: { node?: { snippet?: string } }[] }[];
  for (const table of tables) {
    const snippet = table.items?.[0]?.node?.snippet;
    if (snippet) return snippet;
  }
  return null;
}

function score(lhr: LhrLike, category: string): number {
  const value = lhr.categories[category]?.score;
  if (typeof value !== "number") throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

/** LCP as observed in the recorded load (the "metrics" audit), before the simulation. */
function observedLcp(lhr: LhrLike): number {
  const value = (lhr.audits.metrics?.details?.items?.[0] as { observedLargestContentfulPaint?: number } | undefined)?.observedLargestContentfulPaint;
  if (typeof value !== "number") throw new Error("Lighthouse gave no observed LCP");
  return value;
}

/**
 * Scripts whose download ended before the observed LCP. The simulated LCP waits for each of them:
 * Turbopack's chunk evaluations are too short for Lighthouse to see that they ran after the paint
 * (docs/benchmarks.md, run 15). 0 means the page painted before its scripts arrived.
 */
function scriptsBeforeLcp(lhr: LhrLike): number {
  const network = lhr.audits["network-requests"]?.details;
  const startTs = network?.debugData?.networkStartTimeTs;
  const lcpTs = (lhr.audits.metrics?.details?.items?.[0] as { observedLargestContentfulPaintTs?: number } | undefined)?.observedLargestContentfulPaintTs;
  if (typeof startTs !== "number" || typeof lcpTs !== "number") throw new Error("Lighthouse gave no network or LCP timestamps");
  const items = (network?.items ?? []) as { resourceType?: string; finished?: boolean; networkEndTime?: number }[];
  // Request times are milliseconds after networkStartTimeTs; trace timestamps are microseconds.
  return items.filter((item) => item.resourceType === "Script" && item.finished === true && typeof item.networkEndTime === "number" && startTs + item.networkEndTime * 1000 <= lcpTs).length;
}

function numeric(lhr: LhrLike, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (typeof value !== "number") throw new Error(`Lighthouse gave no value for ${audit}`);
  return value;
}

/** One run's figures; scripts are every Script request's transfer size (compressed as served). */
export function summarizeLhr(lhr: LhrLike): Run {
  const items = (lhr.audits["network-requests"]?.details?.items ?? []) as { url?: string; resourceType?: string; transferSize?: number }[];
  const scripts = items
    .filter((item) => item.resourceType === "Script" && typeof item.url === "string")
    .map((item) => ({ url: item.url!, transferBytes: item.transferSize ?? 0 }))
    .sort((a, b) => b.transferBytes - a.transferBytes);
  return {
    performance: score(lhr, "performance"),
    lcpMs: Math.round(numeric(lhr, "largest-contentful-paint")),
    observedLcpMs: Math.round(observedLcp(lhr)),
    scriptsBeforeLcp: scriptsBeforeLcp(lhr),
    fcpMs: Math.round(numeric(lhr, "first-contentful-paint")),
    tbtMs: Math.round(numeric(lhr, "total-blocking-time")),
    cls: Math.round(numeric(lhr, "cumulative-layout-shift") * 1000) / 1000,
    accessibility: score(lhr, "accessibility"),
    seo: score(lhr, "seo"),
    jsBytes: scripts.reduce((sum, s) => sum + s.transferBytes, 0),
    scripts,
    failingAudits: [...failing(lhr, "accessibility"), ...failing(lhr, "seo")],
    lcpElement: lcpElement(lhr),
  };
}

/** Each figure is the median of its own runs; the script list is the median-performance run's. */
export function combineRuns(url: string, runs: readonly Run[]): LighthousePage {
  if (runs.length === 0) throw new Error("no Lighthouse runs to combine");
  const pick = (key: keyof LighthousePage["runs"][number]) => median(runs.map((run) => run[key]));
  const performance = pick("performance");
  const representative = [...runs].sort((a, b) => Math.abs(a.performance - performance) - Math.abs(b.performance - performance))[0]!;
  return {
    url,
    performance,
    lcpMs: pick("lcpMs"),
    observedLcpMs: pick("observedLcpMs"),
    scriptsBeforeLcp: pick("scriptsBeforeLcp"),
    fcpMs: pick("fcpMs"),
    tbtMs: pick("tbtMs"),
    cls: pick("cls"),
    accessibility: pick("accessibility"),
    seo: pick("seo"),
    jsBytes: pick("jsBytes"),
    scripts: representative.scripts,
    failingAudits: representative.failingAudits,
    lcpElement: representative.lcpElement,
    runs: runs.map((run) => ({ performance: run.performance, lcpMs: run.lcpMs, observedLcpMs: run.observedLcpMs, scriptsBeforeLcp: run.scriptsBeforeLcp, fcpMs: run.fcpMs, tbtMs: run.tbtMs, cls: run.cls, accessibility: run.accessibility, seo: run.seo, jsBytes: run.jsBytes })),
  };
}

export interface LighthouseOptions {
  pages: Record<string, string>;
  runs: number;
  chromePath: string;
  /** Each run first waits up to this long for the CPUs to go quiet (0: not at all). */
  settleMaxMs: number;
  log: (line: string) => void;
}

/** Quiet: under 15 % of both cores busy over half a second. */
const QUIET = { busyBelow: 0.15, windowMs: 500 };

/**
 * Lighthouse's own transient failures ("Something went wrong with recording the trace… Please run
 * Lighthouse again", NO_NAVSTART) are retried: one lost trace used to drop the whole section.
 */
const TRANSIENT = /NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT|run Lighthouse again/;
const ATTEMPTS = 3;

async function runOnce(lighthouse: typeof import("lighthouse").default, url: string, port: number, log: (line: string) => void): Promise<LhrLike> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "seo"] });
    const error = result ? result.lhr.runtimeError?.message : "Lighthouse returned nothing";
    if (!error) return result!.lhr as unknown as LhrLike;
    if (attempt === ATTEMPTS || !TRANSIENT.test(error)) throw new Error(`Lighthouse on ${url}: ${error}`);
    log(`lighthouse on ${url}: ${error}; again (${attempt + 1}/${ATTEMPTS})`);
  }
}

interface ServedScript extends ChunkBody {
  /** Transfer size gzip-compressed, as the server sends it to a client without br, headers included. */
  gzipBytes: number;
}

/**
 * The same scripts as a client without br receives them: their gzip transfer size is the JS
 * budget's unit (a browser that accepts br gets the build's Brotli copies, docs/scaling.md,
 * "Compression"), and their code shows which modules come twice.
 */
async function fetchScripts(urls: readonly string[]): Promise<ServedScript[]> {
  const scripts: ServedScript[] = [];
  for (const url of urls) {
    scripts.push(
      await new Promise<ServedScript>((resolve, reject) => {
        get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
          // Headers included, as in Lighthouse's transfer sizes: the figure stays comparable with jsBytes.
          let size = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length;
          for (let i = 0; i < response.rawHeaders.length; i += 2) size += `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`.length;
          const body: Buffer[] = [];
          response.on("data", (chunk: Buffer) => body.push(chunk));
          response.on("end", () => {
            const raw = Buffer.concat(body);
            const source = (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
            resolve({ url, source, gzipBytes: size + raw.length });
          });
        }).on("error", reject);
      }),
    );
  }
  return scripts;
}

export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseSection | NotMeasured> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  const chrome = await chromeLauncher.launch({ chromePath: options.chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const pages: Record<string, LighthousePage> = {};
    for (const [name, url] of Object.entries(options.pages)) {
      const runs: Run[] = [];
      for (let i = 0; i < options.runs; i += 1) {
        const settled = await settleCpu({ ...QUIET, maxMs: options.settleMaxMs });
        const lhr = await runOnce(lighthouse, url, chrome.port, options.log);
        const run = summarizeLhr(lhr);
        options.log(`lighthouse ${name} run ${i + 1}/${options.runs}: perf ${run.performance}, FCP ${run.fcpMs} ms, LCP ${run.lcpMs} ms (observed ${run.observedLcpMs} ms, ${run.scriptsBeforeLcp} scripts loaded before it), TBT ${run.tbtMs} ms, JS ${(run.jsBytes / 1000).toFixed(1)} kB (after ${settled.waitedMs} ms waiting for quiet CPUs${settled.settled ? "" : ", which never came"})`);
        runs.push(run);
      }
      const page = combineRuns(url, runs);
      const scripts = await fetchScripts(page.scripts.map((script) => script.url));
      const duplicates = duplicatedModules(scripts);
      for (const copy of duplicates) options.log(`lighthouse ${name}: module ${copy.ids.join("/")} (${copy.gzipBytes} B gzip) comes in ${copy.urls.join(", ")}`);
      pages[name] = {
        ...page,
        jsGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
        duplicatedModuleGzipBytes: duplicatedGzipBytes(duplicates),
      };
    }
    return { measured: true, runs: options.runs, pages };
  } finally {
    chrome.kill();
  }
}

/** Each page's performance score below the bare Next.js page's of the same run (0 when above). */
export function withGapToBare(section: LighthouseSection): LighthouseSection {
  const bare = section.pages.bare;
  if (!bare) return section;
  const pages = Object.fromEntries(
    Object.entries(section.pages).map(([name, page]) => [name, name === "bare" ? page : { ...page, performanceBelowBare: Math.max(0, bare.performance - page.performance) }]),
  );
  return { ...section, pages };
}
