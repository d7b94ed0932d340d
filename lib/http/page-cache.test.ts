import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { compressResponse } from "./compression";
import { nonceHtmlResponse } from "./nonce-html-responses";
import { answerFromPageCache, clearPageCache, createPageCache, isSharedCachedPage, pageCacheKey, type PageCache } from "./page-cache";

const SHARED = { "cache-control": "s-maxage=300, stale-while-revalidate=31535700", "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT" };

describe("which requests share a cached page", () => {
  it("keys the pages proxy.ts never changes, by path", () => {
    for (const [url, key] of [
      ["/", "/"],
      ["/en", "/en"],
      ["/en/", "/en"],
      ["/products/robe-lin", "/products/robe-lin"],
      ["/en/products/robe-lin", "/en/products/robe-lin"],
      ["/categories/robes", "/categories/robes"],
      ["/en/categories/robes", "/en/categories/robes"],
    ]) expect(pageCacheKey("GET", url, {})).toBe(key);
    expect(pageCacheKey("HEAD", "/products/robe-lin", {})).toBe("/products/robe-lin");
  });

  it("leaves out queries, other pages, other methods, router requests and a client's no-cache", () => {
    for (const url of ["/products/robe-lin?sku=X", "/categories/robes?size=M", "/?_rsc=1", "/cart", "/search", "/products/robe-lin/stores", "/api/products/robe-lin", "/fr/products/robe-lin", "/admin"]) {
      expect(pageCacheKey("GET", url, {}), url).toBeNull();
    }
    expect(pageCacheKey("POST", "/", {})).toBeNull();
    expect(pageCacheKey("GET", "/products/robe-lin", { rsc: "1" })).toBeNull();
    expect(pageCacheKey("GET", "/products/robe-lin", { "next-router-prefetch": "1" })).toBeNull();
    expect(pageCacheKey("GET", "/products/robe-lin", { "cache-control": "no-cache" })).toBeNull();
    expect(pageCacheKey("GET", "/products/robe-lin", { pragma: "no-cache" })).toBeNull();
  });

  it("sends a signed-in shopper's home page to Next (welcome back), not other pages", () => {
    const signedIn = { cookie: "vitrine_visitor=abc; better-auth.session_token=xyz" };
    expect(pageCacheKey("GET", "/", signedIn)).toBeNull();
    expect(pageCacheKey("GET", "/en", { cookie: "__Secure-better-auth.session_token=xyz" })).toBeNull();
    expect(pageCacheKey("GET", "/products/robe-lin", signedIn)).toBe("/products/robe-lin");
    expect(pageCacheKey("GET", "/", { cookie: "vitrine_visitor=abc" })).toBe("/");
  });

  it("keeps only Next's shared cached copy of an HTML page", () => {
    expect(isSharedCachedPage(200, SHARED)).toBe(true);
    expect(isSharedCachedPage(404, SHARED)).toBe(false);
    expect(isSharedCachedPage(200, { ...SHARED, "x-nextjs-cache": "MISS" })).toBe(false);
    expect(isSharedCachedPage(200, { ...SHARED, "x-nextjs-cache": "STALE" })).toBe(false);
    expect(isSharedCachedPage(200, { ...SHARED, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(false);
    expect(isSharedCachedPage(200, { ...SHARED, "set-cookie": ["a=b"] })).toBe(false);
    expect(isSharedCachedPage(200, { ...SHARED, "content-type": "application/json" })).toBe(false);
  });

  it("refuses a setting that is not a duration, and is off at 0", () => {
    expect(() => createPageCache({ PAGE_CACHE_TTL_MS: "soon" })).toThrow(/PAGE_CACHE_TTL_MS/);
    expect(() => createPageCache({ PAGE_CACHE_MAX_MB: "-1" })).toThrow(/PAGE_CACHE_MAX_MB/);
    expect(() => createPageCache({ PAGE_CACHE_MAX_MB: "lots" })).toThrow(/PAGE_CACHE_MAX_MB/);
    expect(createPageCache({ PAGE_CACHE_TTL_MS: "0" })).toBeNull();
  });
});

/** A stand-in for Next behind the real guards' layers: counts the requests that reach it. */
function origin(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void) {
  let cache: PageCache;
  let reached = 0;
  const server: Server = createServer((request, response) => {
    compressResponse(request, response);
    nonceHtmlResponse(response);
    if (answerFromPageCache(cache, request, response)) return;
    answer(request, response, ++reached);
  });
  return {
    start: async (env: Record<string, string> = {}) => {
      cache = createPageCache(env)!;
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    reached: () => reached,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Over the compression middleware's 1 kB threshold.
const page = (count: number) => `<!DOCTYPE html><html><head><script src="/a.js"></script></head><body><p>rendu n° ${count}</p>${"<p>Robe en lin lavé</p>".repeat(80)}</body></html>`;

function nextLike(request: IncomingMessage, response: ServerResponse, count: number, headers: Record<string, string> = SHARED) {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader("Content-Security-Policy", "script-src 'self'");
  response.end(page(count));
}

describe("the page cache in front of Next", () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  it("answers a shared page again without Next, with a fresh script nonce each time, compressed on request", async () => {
    const server = origin(nextLike);
    const base = await server.start();
    stop = server.stop;
    const first = await fetch(`${base}/products/robe-lin`);
    const firstBody = await first.text();
    const second = await fetch(`${base}/products/robe-lin`);
    const secondBody = await second.text();
    expect(server.reached()).toBe(1);
    expect(secondBody.replace(/nonce="[^"]+"/, "")).toBe(firstBody.replace(/nonce="[^"]+"/, ""));
    expect(secondBody).toContain("rendu n° 1");
    const nonces = [firstBody, secondBody].map((body) => /nonce="([^"]+)"/.exec(body)![1]);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(second.headers.get("content-security-policy")).toContain(`'nonce-${nonces[1]}'`);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(first.headers.get("age")).toBeNull();
    expect(second.headers.get("age")).toBe("0");

    // fetch() inflates the body itself.
    const gzip = await fetch(`${base}/products/robe-lin`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toContain("rendu n° 1");
    const head = await fetch(`${base}/products/robe-lin`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(server.reached()).toBe(1);
  });

  it("keeps nothing Next did not answer from its shared cache, and never a HEAD's empty body", async () => {
    const server = origin((request, response, count) => {
      if (request.url === "/products/rendered") return nextLike(request, response, count, { ...SHARED, "x-nextjs-cache": "MISS" });
      if (request.url === "/products/cookie") return nextLike(request, response, count, { ...SHARED, "set-cookie": "a=b" });
      if (request.url === "/products/missing") {
        response.statusCode = 404;
        return nextLike(request, response, count);
      }
      nextLike(request, response, count);
    });
    const base = await server.start();
    stop = server.stop;
    for (const path of ["/products/rendered", "/products/cookie", "/products/missing"]) {
      await (await fetch(base + path)).text();
      await (await fetch(base + path)).text();
    }
    expect(server.reached()).toBe(6);
    await fetch(`${base}/categories/robes`, { method: "HEAD" });
    const body = await (await fetch(`${base}/categories/robes`)).text();
    expect(body).toContain("rendu n° 8");
    expect(server.reached()).toBe(8);
  });

  it("asks Next again once tags are revalidated, and drops a response that began before", async () => {
    let release: (() => void) | undefined;
    const server = origin((request, response, count) => {
      if (count === 2) {
        // Still rendering when the revalidation lands.
        release = () => nextLike(request, response, count);
        return;
      }
      nextLike(request, response, count);
    });
    const base = await server.start();
    stop = server.stop;
    await (await fetch(`${base}/categories/robes`)).text();
    clearPageCache();
    const slow = fetch(`${base}/categories/robes`).then((response) => response.text());
    await expect.poll(() => release).toBeDefined();
    clearPageCache();
    release!();
    expect(await slow).toContain("rendu n° 2");
    expect(await (await fetch(`${base}/categories/robes`)).text()).toContain("rendu n° 3");
    expect(await (await fetch(`${base}/categories/robes`)).text()).toContain("rendu n° 3");
    expect(server.reached()).toBe(3);
  });

  it("holds a page PAGE_CACHE_TTL_MS at most", async () => {
    const server = origin(nextLike);
    const base = await server.start({ PAGE_CACHE_TTL_MS: "100" });
    stop = server.stop;
    await (await fetch(`${base}/`)).text();
    expect(await (await fetch(`${base}/`)).text()).toContain("rendu n° 1");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await (await fetch(`${base}/`)).text()).toContain("rendu n° 2");
  });
});
