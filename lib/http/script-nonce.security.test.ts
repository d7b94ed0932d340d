import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse } from "./compression";
import { nonceHtmlResponse } from "./nonce-html-responses";
import { newNonce, scriptNonceInjector, withScriptNonce } from "./script-nonce";

const PAGE =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/a.js" async></script><linked/></head><body><p>« pull à côté »</p>' +
  '<script>self.__next_f.push([1,"\\u003cscript"])</script><scripts-not-a-tag/><SCRIPT>x()</SCRIPT><script\ntype="application/ld+json">{}</script></body></html>';

function rewriteInPieces(document: Buffer, cuts: number[], nonce: string): string {
  const injector = scriptNonceInjector(nonce);
  const out: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(injector.push(document.subarray(from, cut)));
    from = cut;
  }
  out.push(injector.push(document.subarray(from)), injector.flush());
  return Buffer.concat(out).toString("utf8");
}

describe("script nonces on HTML documents", () => {
  it("writes the nonce into every <script and <link tag and nowhere else", () => {
    const out = rewriteInPieces(Buffer.from(PAGE), [], "abc");
    expect(out.match(/<script nonce="abc"/g)).toHaveLength(3);
    expect(out).toContain('<link nonce="abc" rel="preload"');
    expect(out).toContain("<linked/>");
    expect(out).toContain("<scripts-not-a-tag/>");
    // React writes tags in lower case; markup that spells it otherwise did not come from it.
    expect(out).toContain("<SCRIPT>x()");
    expect(out).toContain('"\\u003cscript"');
    expect(out).toContain("<script nonce=\"abc\"\ntype=\"application/ld+json\">");
    expect(out.replaceAll(' nonce="abc"', "")).toBe(PAGE);
  });

  it("gives the same bytes however the document is cut into chunks (tags and UTF-8 split too)", () => {
    const document = Buffer.from(PAGE);
    const whole = rewriteInPieces(document, [], "n0");
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: document.length }), { maxLength: 12 }), (cuts) => {
        expect(rewriteInPieces(document, cuts, "n0")).toBe(whole);
      }),
    );
  });

  it("adds the nonce and 'strict-dynamic' to script-src, or makes script-src from default-src", () => {
    expect(withScriptNonce("default-src 'self'; script-src 'self'; frame-ancestors 'none'", "n1")).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n1' 'strict-dynamic'; frame-ancestors 'none'",
    );
    expect(withScriptNonce("default-src 'self'; object-src 'none'", "n1")).toBe("default-src 'self'; object-src 'none'; script-src 'self' 'nonce-n1' 'strict-dynamic'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("an HTML response through the compression and nonce layers", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      compressResponse(request, response);
      nonceHtmlResponse(response);
      response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'");
      if (request.url === "/api") {
        // As Next sends a route handler's answer: each header a one-item array, then flushHeaders().
        response.setHeader("Content-Type", ["application/json"]);
        response.flushHeaders();
        response.end(JSON.stringify({ products: Array.from({ length: 100 }, (_, i) => ({ slug: `robe-${i}`, name: "Robe en lin" })) }));
        return;
      }
      if (request.url === "/events") {
        response.setHeader("Content-Type", ["text/event-stream; charset=utf-8"]);
        response.flushHeaders();
        response.end(`event: stock\ndata: ${JSON.stringify({ available: 3, padding: "x".repeat(2000) })}\n\n`);
        return;
      }
      if (request.url === "/json") {
        response.setHeader("Content-Type", "application/json");
        response.end(JSON.stringify({ html: "<script>" }));
        return;
      }
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("ETag", '"cached"');
      response.setHeader("Content-Length", Buffer.byteLength(PAGE));
      // As a cached page goes out: in pieces, one cut inside a <script tag.
      const cut = PAGE.indexOf("<script>") + 4;
      response.write(PAGE.slice(0, cut));
      response.end(PAGE.slice(cut));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers each request with its own nonce, the same in the policy and in every script tag, gzipped", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${base}/`, { headers: { "accept-encoding": "gzip" } });
      const nonce = /'nonce-([^']+)' 'strict-dynamic'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonce).toBeDefined();
      expect(response.headers.get("content-encoding")).toBe("gzip");
      expect(response.headers.get("etag")).toBeNull();
      const html = await response.text(); // fetch has already gunzipped it
      expect(html.match(/<script nonce="([^"]+)"/g)).toEqual(Array(3).fill(`<script nonce="${nonce}"`));
      expect(html).toContain(`<link nonce="${nonce}" rel="preload"`);
      expect(html.replaceAll(` nonce="${nonce}"`, "")).toBe(PAGE);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("leaves anything but HTML as it was", async () => {
    const response = await fetch(`${base}/json`);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self'");
    expect(await response.json()).toEqual({ html: "<script>" });
  });

  it("compresses a route handler's JSON too, whose headers Next hands over as arrays", async () => {
    const response = await fetch(`${base}/api`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(((await response.json()) as { products: unknown[] }).products).toHaveLength(100);
  });

  it("never compresses a live stock stream, which must arrive event by event", async () => {
    const response = await fetch(`${base}/events`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toContain("event: stock");
  });

  it("really compresses (the body on the wire is gzip)", async () => {
    const { request } = await import("node:http");
    const raw = await new Promise<Buffer>((resolve, reject) => {
      request(`${base}/`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve(Buffer.concat(chunks))).on("error", reject);
      }).end();
    });
    expect(gunzipSync(raw).toString("utf8")).toContain('<script nonce="');
  });
});
