#!/usr/bin/env node
/**
 * Bundles service-worker/sw.ts into public/sw.js (esbuild), after `next build`.
 *
 * Reads the Next.js build in $NEXT_DIST_DIR (default .next): its BUILD_ID and every file under
 * static/ (served at /_next/static/), which the worker caches at install. SW_REVISION, if set,
 * is appended to the revision: `SW_REVISION=2 node scripts/build-sw.mjs` makes a byte-different
 * worker for the same build, the way a new deploy would (docs/offline.md).
 */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
const outfile = path.join(root, "public", "sw.js");

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}

let buildId;
try {
  buildId = (await readFile(path.join(distDir, "BUILD_ID"), "utf8")).trim();
} catch {
  console.error(`build-sw: no Next.js build in ${path.relative(root, distDir) || "."} (run next build first, with the same NEXT_DIST_DIR)`);
  process.exit(1);
}

const staticDir = path.join(distDir, "static");
const staticFiles = (await listFiles(staticDir))
  .map((file) => `/_next/static/${path.relative(staticDir, file).split(path.sep).join("/")}`)
  .filter((url) => !url.endsWith(".map"))
  .sort();

const revision = process.env.SW_REVISION ? `${buildId}.${process.env.SW_REVISION}` : buildId;
// Plain pages are not content-hashed: the revision makes each deploy fetch them again. The scan
// page and its decoder are kept so scanning works offline (docs/in-store.md).
const pages = ["/offline", "/en/offline", "/offline/catalog", "/en/offline/catalog", "/offline/loyalty", "/en/offline/loyalty", "/cart", "/en/cart", "/scan", "/scanner/zxing_reader.wasm", "/manifest.webmanifest"].map((url) => ({ url, revision }));

await build({
  entryPoints: [path.join(root, "service-worker", "sw.ts")],
  outfile,
  bundle: true,
  format: "iife",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  tsconfig: path.join(root, "service-worker", "tsconfig.json"),
  define: {
    __SW_PAGES__: JSON.stringify(pages),
    __SW_STATIC__: JSON.stringify(staticFiles),
    __SW_REVISION__: JSON.stringify(revision),
    // Workbox's development logging is dropped from the production bundle.
    "process.env.NODE_ENV": JSON.stringify("production"),
  },
  logLevel: "warning",
});

const { size } = await stat(outfile);
console.log(`build-sw: public/sw.js (${(size / 1024).toFixed(1)} kB), revision ${revision}, ${staticFiles.length} static files from ${path.relative(root, distDir)}`);
