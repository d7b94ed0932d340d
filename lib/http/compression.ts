import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

type Filter = (request: IncomingMessage, response: ServerResponse) => boolean;

// The `compression` middleware `next start` itself uses (Next.js bundles it, untyped).
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as ((options?: { filter?: Filter }) => Middleware) & { filter: Filter };
// A live stock stream must reach the browser event by event; gzip would hold events back until
// its buffer fills (docs/security.md, "Script nonces on cached pages", on what is compressed).
const compress = compression({
  filter: (request, response) => !/^text\/event-stream\b/i.test(String(response.getHeader("content-type") ?? "")) && compression.filter(request, response),
});

/**
 * Gzip/Brotli for a response, exactly as `next start` does it with its own `compress` option,
 * which next.config.js turns off so that the request guards can put the script-nonce rewrite
 * before compression (docs/security.md, "Script nonces on cached pages").
 */
export function compressResponse(request: IncomingMessage, response: ServerResponse): void {
  compress(request, response, () => {});
  // Next hands a route handler's headers over one by one into arrays (`content-type: ["application/json"]`),
  // and the middleware compresses only a Content-Type it can read as a string: every JSON answer
  // went out uncompressed, a 1.8 MB mirror feed page included (docs/benchmarks.md, run 10).
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const type = this.getHeader("content-type");
    if (Array.isArray(type) && type.length === 1 && !this.headersSent) this.setHeader("Content-Type", type[0]!);
    return (writeHead as (...rest: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  // As Next.js does: on a client disconnect the middleware never ends its zlib stream.
  response.once("close", () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
}
