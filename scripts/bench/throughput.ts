/** Server throughput with autocannon on loopback, and single-request SSR timings. */
import { spawn } from "node:child_process";
import path from "node:path";
import { median, percentile, round } from "./stats";
import type { LoadRoute } from "./pages";
import type { LoadResult, SingleRequestTiming, ThroughputSection } from "./types";

/** The fields of autocannon's --json output read here. */
export interface AutocannonJson {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export function toLoadResult(path: string, json: AutocannonJson): LoadResult {
  return {
    path,
    requestsPerSecond: round(json.requests.average, 1),
    p50Ms: json.latency.p50,
    p99Ms: json.latency.p99,
    non2xx: json.non2xx,
    errors: json.errors + json.timeouts,
  };
}

export function withRatios(ceiling: LoadResult, routes: Record<string, LoadResult>): Record<string, LoadResult> {
  return Object.fromEntries(
    Object.entries(routes).map(([name, r]) => [
      name,
      { ...r, ratio: ceiling.requestsPerSecond > 0 ? round(r.requestsPerSecond / ceiling.requestsPerSecond, 3) : 0 },
    ]),
  );
}

/**
 * autocannon runs in its own process, so the load generator's event loop is not this one's;
 * it targets loopback only and stops after `durationSeconds`.
 */
async function autocannon(url: string, connections: number, durationSeconds: number, headers: Record<string, string> = {}): Promise<AutocannonJson> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) throw new Error(`refusing to load-test a non-loopback URL: ${url}`);
  const bin = path.join(process.cwd(), "node_modules/autocannon/autocannon.js");
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const args = [bin, "--json", "--no-progress", "-c", String(connections), "-d", String(durationSeconds), "-t", "10", ...headerArgs, url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${stderr.trim()}`));
      try {
        resolve(JSON.parse(stdout) as AutocannonJson);
      } catch {
        reject(new Error(`autocannon printed no JSON: ${stdout.slice(0, 200)}`));
      }
    });
  });
}

/** A few requests first so the measure sees warm caches and compiled code, not the first hit. */
async function warm(url: string, headers: Record<string, string>, times = 5): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
}

export interface ThroughputOptions {
  baseUrl: string;
  ceilingPath: string;
  routes: Record<string, string | LoadRoute>;
  connections: number;
  durationSeconds: number;
  log: (line: string) => void;
}

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputSection> {
  const run = async (name: string, route: string | LoadRoute) => {
    const { path: routePath, headers = {} } = typeof route === "string" ? { path: route } : route;
    const url = options.baseUrl + routePath;
    await warm(url, headers);
    const result = toLoadResult(routePath, await autocannon(url, options.connections, options.durationSeconds, headers));
    options.log(`autocannon ${name} ${routePath}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
    return result;
  };
  const ceiling = await run("static chunk", options.ceilingPath);
  const routes: Record<string, LoadResult> = {};
  for (const [name, route] of Object.entries(options.routes)) routes[name] = await run(name, route);
  return {
    measured: true,
    durationSeconds: options.durationSeconds,
    connections: options.connections,
    ceiling,
    routes: withRatios(ceiling, routes),
  };
}

/**
 * Sequential requests, each timed until its body is read. Each page name maps to several URLs
 * (different products, pages, terms) so a per-URL cache does not answer every sample.
 */
export async function measureSsr(baseUrl: string, pages: Record<string, string[]>): Promise<Record<string, SingleRequestTiming>> {
  const timings: Record<string, SingleRequestTiming> = {};
  for (const [name, paths] of Object.entries(pages)) {
    const samples: number[] = [];
    for (const routePath of paths) {
      const started = performance.now();
      const response = await fetch(baseUrl + routePath);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${routePath} answered ${response.status}`);
      samples.push(performance.now() - started);
    }
    timings[name] = { path: paths[0]!, samples: samples.length, medianMs: round(median(samples), 1), p95Ms: round(percentile(samples, 95), 1) };
  }
  return timings;
}
