import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

// The `compression` middleware `next start` itself uses (Next.js bundles it, untyped).
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;
const compress = compression();

/**
 * Gzip/Brotli for a response, exactly as `next start` does it with its own `compress` option,
 * which next.config.js turns off so that the request guards can put the script-nonce rewrite
 * before compression (docs/security.md, "Script nonces on cached pages").
 */
export function compressResponse(request: IncomingMessage, response: ServerResponse): void {
  compress(request, response, () => {});
  // As Next.js does: on a client disconnect the middleware never ends its zlib stream.
  response.once("close", () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
}
