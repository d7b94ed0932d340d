import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { hasSessionCookie } from "../auth/session-cookie";
import { setWriteHeadHeaders } from "./write-head";

/**
 * A short-lived copy of the cached catalog pages' responses in each server process, answered
 * before Next.js sees the request (docs/scaling.md, "Page cache"). Next's own hit of a cached
 * page still costs about a millisecond of routing and rendering work per request; a copy served
 * here costs what a static file does. It keeps only what Next itself answered from its cache
 * for everyone (`x-nextjs-cache: HIT`, `s-maxage`, no cookie), for PAGE_CACHE_TTL_MS at most,
 * and is emptied whenever this process revalidates cache tags, so it is never staler than
 * Next's cache was a moment before.
 */

/** The pages that are the same for every visitor: exactly those proxy.ts never changes (no query). */
const SHARED_PAGE = /^\/(?:en\/?)?$|^\/(?:en\/)?(?:products|categories)\/[^/?]+$/;
/** The home page changes for a signed-in shopper (proxy.ts: welcome back). */
const HOME = /^\/(?:en\/?)?$/;
/** Requests of Next's client router: other bodies (the React payload) under the same URL. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url"];
/** Connection-level headers that belong to one response, not to the copy. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

const DEFAULT_TTL_MS = 5_000;
const DEFAULT_MAX_MB = 64;
/** A page bigger than this is not worth holding (a catalog page is about 50–100 kB). */
const MAX_ENTRY_BYTES = 1_000_000;

/** Always a 200 (isSharedCachedPage). */
interface CachedPage {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
}

interface PageCache {
  entries: LRUCache<string, CachedPage>;
  /** Bumped by every clear: a response that began before a clear is not kept. */
  generation: number;
}

type PageCacheEnv = Record<string, string | undefined>;

const REGISTRY = Symbol.for("vitrine.pageCache");
type Registry = { [REGISTRY]?: PageCache | null };

function cookieNames(header: string | undefined): string[] {
  return header ? header.split(";").map((pair) => (pair.split("=", 1)[0] ?? "").trim()) : [];
}

/** The key a request's page is kept under, or null when its answer may differ from the shared one. */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url || !SHARED_PAGE.test(url)) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  // A client asking its caches to check with the origin gets Next's own answer (docs/benchmarks.md).
  if (/no-cache/i.test(String(headers["cache-control"] ?? "")) || /no-cache/i.test(String(headers.pragma ?? ""))) return null;
  if (HOME.test(url) && hasSessionCookie(cookieNames(headers.cookie))) return null;
  return url.replace(/\/$/, "") || "/";
}

/** Whether Next's response, headers as it set them, is its shared cached copy of a page. */
export function isSharedCachedPage(status: number, headers: OutgoingHttpHeaders): boolean {
  const cacheControl = String(headers["cache-control"] ?? "");
  return (
    status === 200 &&
    headers["x-nextjs-cache"] === "HIT" &&
    /^text\/html\b/i.test(String(headers["content-type"] ?? "")) &&
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(?:private|no-store)\b/.test(cacheControl) &&
    headers["set-cookie"] === undefined
  );
}

function settings(env: PageCacheEnv): { ttlMs: number; maxBytes: number } {
  const ttl = env.PAGE_CACHE_TTL_MS === undefined || env.PAGE_CACHE_TTL_MS === "" ? DEFAULT_TTL_MS : Number(env.PAGE_CACHE_TTL_MS);
  const maxMb = env.PAGE_CACHE_MAX_MB === undefined || env.PAGE_CACHE_MAX_MB === "" ? DEFAULT_MAX_MB : Number(env.PAGE_CACHE_MAX_MB);
  if (!Number.isInteger(ttl) || ttl < 0) throw new Error(`PAGE_CACHE_TTL_MS must be a whole number of milliseconds (0 turns the page cache off), not "${env.PAGE_CACHE_TTL_MS}"`);
  if (!(maxMb > 0)) throw new Error(`PAGE_CACHE_MAX_MB must be a positive number, not "${env.PAGE_CACHE_MAX_MB}"`);
  return { ttlMs: ttl, maxBytes: Math.round(maxMb * 1024 * 1024) };
}

/** Creates this process's page cache (request guards, at start); PAGE_CACHE_TTL_MS=0 leaves it off. */
export function createPageCache(env: PageCacheEnv = process.env): PageCache | null {
  const { ttlMs, maxBytes } = settings(env);
  const cache = ttlMs === 0 ? null : { entries: new LRUCache<string, CachedPage>({ ttl: ttlMs, maxSize: maxBytes, sizeCalculation: (page) => page.body.length + 1024 }), generation: 0 };
  (globalThis as Registry)[REGISTRY] = cache;
  return cache;
}

/**
 * Empties this process's page cache. Called once Next has revalidated tags (the cache-tag
 * listener, lib/next/cache-tag-listener.ts): the next request of each page asks Next again.
 */
export function clearPageCache(): void {
  const cache = (globalThis as Registry)[REGISTRY];
  if (!cache) return;
  cache.generation++;
  cache.entries.clear();
}

/**
 * Answers a shared page from the cache (true: Next does not see the request), or, for a GET,
 * watches Next's answer to keep it. Call after the script-nonce and compression layers are in place.
 */
export function answerFromPageCache(cache: PageCache, request: IncomingMessage, response: ServerResponse): boolean {
  const key = pageCacheKey(request.method, request.url, request.headers);
  if (key === null) return false;
  if (servePage(cache, key, response)) return true;
  if (request.method === "GET") keepPage(cache, key, response);
  return false;
}

function servePage(cache: PageCache, key: string, response: ServerResponse): boolean {
  const page = cache.entries.get(key);
  if (!page) return false;
  for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) response.setHeader(name, value);
  // As any HTTP cache says of its copies (RFC 9111): how long this one has been kept, in seconds.
  response.setHeader("Age", String(Math.floor((Date.now() - page.storedAt) / 1000)));
  response.statusCode = 200;
  response.end(page.body);
  return true;
}

/**
 * Watches what Next writes for this request and keeps it if it is a shared cached page. Installed
 * last, so it sees Next's own headers and body, before the script nonce and compression.
 */
function keepPage(cache: PageCache, key: string, response: ServerResponse): void {
  const generation = cache.generation;
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  let chunks: Buffer[] | null | undefined;
  let headers: OutgoingHttpHeaders = {};
  let size = 0;

  const start = (status = response.statusCode) => {
    if (chunks !== undefined) return;
    const raw = response.getHeaders();
    if (!isSharedCachedPage(status, raw)) return void (chunks = null);
    headers = Object.fromEntries(Object.entries(raw).filter(([name]) => !PER_RESPONSE.has(name)));
    chunks = [];
  };
  const add = (chunk: unknown, encoding: unknown) => {
    if (!chunks || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) chunks = null;
    else chunks.push(buffer);
  };

  // The copy keeps headers as Next sent them, writeHead's own included.
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const remaining = setWriteHeadHeaders(this, rest);
    start(statusCode);
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...remaining);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    start();
    add(chunk, encoding);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    start();
    add(chunk, encoding);
    if (chunks && cache.generation === generation) cache.entries.set(key, { headers, body: Buffer.concat(chunks), storedAt: Date.now() });
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
  } as ServerResponse["end"];
}

export type { PageCache };
