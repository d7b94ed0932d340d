#!/usr/bin/env node
// `npm test`: typecheck, lint, unit/integration (vitest on PGlite), build, then e2e (Playwright on
// Debian Chromium against `next start`). Ends with the line CI reads: `tests: N passed, N failed`.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync } from "node:fs";

const results = { passed: 0, failed: 0 };
/** The `security` suite (docs/security.md): `*.security.test.ts` and `e2e/security-*.spec.ts`, also counted on their own. */
const security = { passed: 0, failed: 0 };
const SECURITY_FILE = /(\.security\.test\.ts|\/security-[^/]*\.spec\.ts)$/;
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
  for (const file of unit.testResults.filter((f) => SECURITY_FILE.test(f.name))) {
    for (const test of file.assertionResults) {
      if (test.status === "passed") security.passed += 1;
      else if (test.status === "failed") security.failed += 1;
    }
  }
}
if (!unitOk && !unit?.numFailedTests) results.failed += 1; // the runner itself failed

/** Counts one Playwright JSON report into the totals and the security suite. */
function countE2e(report) {
  results.passed += report.stats.expected + report.stats.flaky;
  results.failed += report.stats.unexpected;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (!SECURITY_FILE.test(`/${spec.file}`)) continue;
      for (const test of spec.tests) {
        if (test.status === "expected" || test.status === "flaky") security.passed += 1;
        else if (test.status === "unexpected") security.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
}

/** One Playwright run, its output lines prefixed with its name; resolves to its exit status. */
function playwright({ name, port, distDir, args }) {
  const env = {
    ...process.env,
    E2E_PORT: String(port),
    E2E_DATA_DIR: `data/e2e-${name}`,
    E2E_JSON: `test-results/playwright-${name}.json`,
    E2E_OUTPUT_DIR: `test-results/e2e-${name}`,
    ...(distDir && { NEXT_DIST_DIR: distDir }),
  };
  rmSync(env.E2E_DATA_DIR, { recursive: true, force: true });
  rmSync(env.E2E_JSON, { force: true });
  console.log(`\n▶ e2e ${name}: npx playwright test ${args.join(" ")}`);
  const started = Date.now();
  const child = spawn("npx", ["playwright", "test", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop();
      for (const line of lines) console.log(`[${name}] ${line}`);
    });
    stream.on("end", () => rest && console.log(`[${name}] ${rest}`));
  }
  return new Promise((resolve) =>
    child.on("close", (status) => {
      console.log(`◀ e2e ${name}: ${status === 0 ? "ok" : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const report = readJson(env.E2E_JSON);
      if (report) countE2e(report);
      if (status !== 0 && !report?.stats.unexpected) results.failed += 1; // the runner itself failed
      resolve(status);
    }),
  );
}

if (!quick && check("build", "npm", ["run", "build"])) {
  // Phone and desktop journeys run at the same time, each on a server, database and copy of the
  // build of its own: two servers of one build directory would share Next's on-disk page cache,
  // and each has its own stock. The test of a new deploy rewrites public/sw.js, which every
  // server serves, so it runs alone afterwards (docs/conventions.md, "Tests").
  rmSync(".next-e2e", { recursive: true, force: true });
  for (const entry of readdirSync(".next")) if (entry !== "cache") cpSync(`.next/${entry}`, `.next-e2e/${entry}`, { recursive: true });
  await Promise.all([
    playwright({ name: "phone", port: 3100, args: ["--project=phone", "--grep-invert", "@deploy"] }),
    playwright({ name: "desktop", port: 3200, distDir: ".next-e2e", args: ["--project=desktop", "--grep-invert", "@deploy"] }),
  ]);
  rmSync(".next-e2e", { recursive: true, force: true });
  await playwright({ name: "deploy", port: 3100, args: ["--grep", "@deploy"] });

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

console.log(`\nsecurity suite: ${security.passed} passed, ${security.failed} failed`);
console.log(`tests: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
