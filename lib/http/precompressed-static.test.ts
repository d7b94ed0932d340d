import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
// The function `next start` serves `/_next/static/` with (the `send` package), as the origin here.
import { serveStatic } from "next/dist/server/serve-static";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse } from "./compression";
import { acceptsBrotli, loadPrecompressed, sendPrecompressedStatic, staticAssetPath } from "./precompressed-static";

describe("which requests get a Brotli copy", () => {
  it("maps the build's static URLs to their path, and nothing else", () => {
    expect(staticAssetPath("/_next/static/chunks/0fz-hc_oa.js")).toBe("chunks/0fz-hc_oa.js");
    expect(staticAssetPath("/_next/static/chunks/44hg.css?dpl=abc")).toBe("chunks/44hg.css");
    for (const url of ["/_next/static/../BUILD_ID", "/_next/static/chunks/../../server/app.js", "/_next/static//x.js", "/_next/static/%2e%2e/x.js", "/_next/image?url=x", "/sw.js", "/", undefined]) {
      expect(staticAssetPath(url), String(url)).toBeNull();
    }
  });

  it("reads br in Accept-Encoding as a browser writes it, q=0 meaning no", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5, gzip")).toBe(true);
    expect(acceptsBrotli("gzip, deflate")).toBe(false);
    expect(acceptsBrotli("br;q=0, gzip")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe("a static file through the compression layer", () => {
  const script = Buffer.from(`(globalThis.TURBOPACK ||= []).push(${JSON.stringify("la robe en lin lavé, ".repeat(400))});\n`);
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), "vitrine-brotli-"));
    mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
    mkdirSync(path.join(dist, "brotli", "chunks"), { recursive: true });
    writeFileSync(path.join(dist, "static", "chunks", "page.js"), script);
    writeFileSync(path.join(dist, "brotli", "chunks", "page.js.br"), brotliCompressSync(script));
    writeFileSync(path.join(dist, "static", "chunks", "plain.js"), script);
    const copies = loadPrecompressed(dist);
    server = createServer((request, response) => {
      compressResponse(request, response);
      sendPrecompressedStatic(copies, request, response);
      const asset = staticAssetPath(request.url)!;
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      response.setHeader("X-Content-Type-Options", "nosniff");
      void serveStatic(request, response, path.join(dist, "static", asset)).catch(() => {
        response.statusCode = 404;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dist, { recursive: true, force: true });
  });

  function get(url: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${base}${url}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("sends the Brotli copy, with Next's own headers, to a browser that accepts br", async () => {
    const response = await get("/_next/static/chunks/page.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(brotliDecompressSync(response.body).equals(script)).toBe(true);
  });

  it("gzips as before for a client without br, and for a file without a copy", async () => {
    const gzipOnly = await get("/_next/static/chunks/page.js", { "accept-encoding": "gzip" });
    expect(gzipOnly.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipOnly.body).equals(script)).toBe(true);
    const noCopy = await get("/_next/static/chunks/plain.js", { "accept-encoding": "gzip, br" });
    expect(noCopy.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(noCopy.body).equals(script)).toBe(true);
  });

  it("leaves a range request, a revalidation, a HEAD and a missing file to the origin", async () => {
    const range = await get("/_next/static/chunks/page.js", { "accept-encoding": "br", range: "bytes=0-9" });
    expect(range.status).toBe(206);
    expect(range.headers["content-encoding"]).toBeUndefined();
    expect(range.body.equals(script.subarray(0, 10))).toBe(true);

    const first = await get("/_next/static/chunks/page.js", { "accept-encoding": "br" });
    const revalidation = await get("/_next/static/chunks/page.js", { "accept-encoding": "br", "if-modified-since": String(first.headers["last-modified"]) });
    expect(revalidation.status).toBe(304);
    expect(revalidation.body.length).toBe(0);

    const head = await get("/_next/static/chunks/page.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBeUndefined();

    const missing = await get("/_next/static/chunks/gone.js", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
  });

  it("finds no copies in a build made without the step", () => {
    expect(loadPrecompressed(path.join(dist, "static")).size).toBe(0);
    expect([...loadPrecompressed(dist).keys()]).toEqual(["chunks/page.js"]);
  });
});
