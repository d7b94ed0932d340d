#!/usr/bin/env node
/**
 * Writes a Brotli copy (quality 11) of each script and stylesheet of the Next.js build in
 * $NEXT_DIST_DIR (default .next), after `next build`: `<dist>/static/x.js` → `<dist>/brotli/x.js.br`.
 * The request guards send that copy to a browser that accepts br (lib/http/precompressed-static.ts,
 * docs/scaling.md "Compression"). Quality 11 takes about half a second per 200 kB, too slow for
 * each request but paid once here; the files are content-hashed, so a copy never goes stale.
 */
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";

const compress = promisify(brotliCompress);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
const staticDir = path.join(distDir, "static");
const outDir = path.join(distDir, "brotli");

let files;
try {
  files = (await readdir(staticDir, { recursive: true })).filter((file) => /\.(?:js|css)$/.test(file)).map((file) => path.join(staticDir, file));
} catch {
  console.error(`precompress-static: no Next.js build in ${path.relative(root, distDir) || "."} (run next build first, with the same NEXT_DIST_DIR)`);
  process.exit(1);
}

await rm(outDir, { recursive: true, force: true });
let before = 0;
let after = 0;
// zlib's async calls run on libuv's thread pool: four files at a time.
await Promise.all(
  files.map(async (file) => {
    const body = await readFile(file);
    const brotli = await compress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const target = path.join(outDir, `${path.relative(staticDir, file)}.br`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, brotli);
    before += body.length;
    after += brotli.length;
  }),
);
console.log(`precompress-static: ${files.length} files, ${(before / 1000).toFixed(0)} kB → ${(after / 1000).toFixed(0)} kB Brotli, in ${path.relative(root, outDir)}`);
