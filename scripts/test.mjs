#!/usr/bin/env node
// `npm test`: typecheck, lint, unit/integration (vitest on PGlite), build, then e2e (Playwright on
// Debian Chromium against `next start`). Ends with the line CI reads: `tests: N passed, N failed`.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const results = { passed: 0, failed: 0 };
const quick = process.argv.includes("--no-e2e");

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${status === 0 ? "ok" : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

/** A whole step that is not a test runner (typecheck, lint, build) counts as one check. */
function check(label, command, args, env) {
  const ok = run(label, command, args, env);
  results[ok ? "passed" : "failed"] += 1;
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

check("typecheck", "npx", ["tsc", "--noEmit"]);
// The service worker has its own compiler options (WebWorker, no DOM): checked on its own.
check("typecheck service worker", "npx", ["tsc", "--noEmit", "-p", "service-worker/tsconfig.json"]);
check("lint", "npx", ["eslint", ".", "--max-warnings=0"]);

rmSync("test-results/vitest.json", { force: true });
const unitOk = run("unit", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"]);
const unit = readJson("test-results/vitest.json");
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
}
if (!unitOk && !unit?.numFailedTests) results.failed += 1; // the runner itself failed

if (!quick && check("build", "npm", ["run", "build"])) {
  rmSync("data/e2e", { recursive: true, force: true });
  rmSync("test-results/playwright.json", { force: true });
  const e2eOk = run("e2e", "npx", ["playwright", "test"]);
  const e2e = readJson("test-results/playwright.json");
  if (e2e) {
    results.passed += e2e.stats.expected + e2e.stats.flaky;
    results.failed += e2e.stats.unexpected;
  }
  if (!e2eOk && !e2e?.stats.unexpected) results.failed += 1;

  // Two instances of this build behind HAProxy, on PostgreSQL and Redis (docs/scaling.md).
  rmSync("test-results/scale.json", { force: true });
  const scaleOk = run("scale", "npm", ["run", "test:scale", "--", "--reporter=default", "--reporter=json", "--outputFile=test-results/scale.json"]);
  const scale = readJson("test-results/scale.json");
  if (scale) {
    results.passed += scale.numPassedTests;
    results.failed += scale.numFailedTests;
  }
  if (!scaleOk && !scale?.numFailedTests) results.failed += 1;
}

console.log(`\ntests: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
