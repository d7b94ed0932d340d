import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import Negotiator from "negotiator";
import { setWriteHeadHeaders } from "./write-head";

/**
 * Brotli copies of the build's scripts and stylesheets (docs/scaling.md, "Compression"), written
 * by `npm run build` (scripts/precompress-static.mjs) and sent in place of the body Next.js
 * streams for `/_next/static/…`. The compression layer would gzip that body at level 6 on every
 * request; quality-11 Brotli, paid once at build time, is 14 % smaller on a catalog page's scripts.
 */

/** The build's static URLs: Next serves them from `<dist>/static/` with a year of immutable caching. */
const STATIC_URL = /^\/_next\/static\/([A-Za-z0-9._~/-]+?)(?:\?.*)?$/;

/** A static URL's path under `<dist>/static/`, or null for anything else (a `..` segment included). */
export function staticAssetPath(url: string | undefined): string | null {
  const match = url ? STATIC_URL.exec(url) : null;
  if (!match) return null;
  const relative = match[1]!;
  return relative.split("/").some((segment) => segment === "" || segment === "." || segment === "..") ? null : relative;
}

export function acceptsBrotli(acceptEncoding: string | string[] | undefined): boolean {
  return new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encodings(["br"]).includes("br");
}

/** Every copy under `<dist>/brotli/`, by its path under `<dist>/static/`; empty when the build has none. */
export function loadPrecompressed(distDir: string): Map<string, Buffer> {
  const root = path.join(distDir, "brotli");
  const copies = new Map<string, Buffer>();
  let files: string[];
  try {
    files = readdirSync(root, { recursive: true, encoding: "utf8" });
  } catch {
    return copies;
  }
  for (const file of files) {
    if (!file.endsWith(".br")) continue;
    copies.set(file.slice(0, -".br".length).split(path.sep).join("/"), readFileSync(path.join(root, file)));
  }
  return copies;
}

/**
 * For a GET of a static file that has a copy, from a browser that accepts br: Next answers as
 * usual (its headers, security ones included, and its status), and a 200's body becomes the copy,
 * with `Content-Encoding: br`, which the compression layer leaves alone. A range request, a 304
 * and a HEAD keep Next's own answer. Call after the compression layer is in place.
 */
export function sendPrecompressedStatic(copies: ReadonlyMap<string, Buffer>, request: IncomingMessage, response: ServerResponse): void {
  if (copies.size === 0 || request.method !== "GET" || request.headers.range !== undefined) return;
  const asset = staticAssetPath(request.url);
  const copy = asset === null ? undefined : copies.get(asset);
  if (!copy || !acceptsBrotli(request.headers["accept-encoding"])) return;

  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  let swapped = false;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const remaining = setWriteHeadHeaders(this, rest);
    if (statusCode === 200 && !this.headersSent) {
      swapped = true;
      this.setHeader("Content-Encoding", "br");
      this.setHeader("Content-Length", copy.length);
      this.removeHeader("Accept-Ranges");
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...remaining);
  } as ServerResponse["writeHead"];
  // Next's file stream still runs to its end; its chunks are dropped, the copy goes out at the end.
  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!swapped) return (write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!swapped) return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    return (end as (...args: unknown[]) => ServerResponse).call(this, copy, done);
  } as ServerResponse["end"];
}
