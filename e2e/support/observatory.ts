import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Mozilla's HTTP Observatory scanner (`@mdn/mdn-http-observatory`), run locally as
 * docs/security.md describes. It is not a dependency of the project: its install script downloads
 * lists from outside the npm registry, so it is installed here without scripts, once, into
 * node_modules/.cache, with an empty HSTS preload list.
 */
const VERSION = "1.4.8";
const DIR = path.resolve("node_modules/.cache/mdn-http-observatory");
const PACKAGE = path.join(DIR, "node_modules/@mdn/mdn-http-observatory");

export interface ObservatoryTest {
  pass: boolean;
  result: string;
  scoreModifier: number;
}

export interface ObservatoryScan {
  scan: { grade: string; score: number; testsFailed: number; testsPassed: number };
  tests: Record<string, ObservatoryTest>;
}

function install(): void {
  if (existsSync(path.join(PACKAGE, "package.json"))) return;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(path.join(DIR, "package.json"), JSON.stringify({ private: true }));
  execFileSync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", `@mdn/mdn-http-observatory@${VERSION}`], { cwd: DIR, stdio: "pipe" });
  writeFileSync(path.join(PACKAGE, "conf/hsts-preload.json"), "{}");
}

/**
 * Scans `host` (`localhost:PORT`): the scanner asks `http://host/` and `https://host/`.
 * `caFile` names a certificate to trust for the HTTPS side (a test's throwaway one).
 */
export function observatoryScan(host: string, caFile?: string): ObservatoryScan {
  install();
  // src/scan.js itself: the package's bin wrapper replaces NODE_EXTRA_CA_CERTS with a bundle
  // that its skipped install script would have downloaded.
  const output = execFileSync(process.execPath, [path.join(PACKAGE, "src/scan.js"), host], {
    env: { ...process.env, ...(caFile && { NODE_EXTRA_CA_CERTS: caFile }) },
    encoding: "utf8",
    timeout: 120_000,
  });
  const result = JSON.parse(output) as ObservatoryScan | { error: string };
  if ("error" in result) throw new Error(`observatory: ${result.error}`);
  return result;
}

/** The names of the tests that failed, sorted. */
export function failedTests(result: ObservatoryScan): string[] {
  return Object.entries(result.tests)
    .filter(([, test]) => !test.pass)
    .map(([name]) => name)
    .sort();
}
