import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { STREAM_RETRY_AFTER_SECONDS, stockStreamSlots } from "../inventory/stream-slots";
import { compressResponse } from "./compression";
import { proxyTrustFrom, sanitizeForwardedHeaders } from "./forwarded";
import { nonceHtmlResponse } from "./nonce-html-responses";
import { answerFromPageCache, createPageCache } from "./page-cache";
import { loadPrecompressed, sendPrecompressedStatic } from "./precompressed-static";
import { isCrossOriginServerAction } from "./server-action-origin";

const INSTALLED = Symbol.for("vitrine.requestGuards");

function refuse(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error: { code, message } });
  response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(body), ...headers });
  response.end(body);
}

const STOCK_STREAM_PATH = /^\/api\/stock\/stream(?:\?|$)/;

/**
 * A live stock stream takes a slot for as long as its connection stays open; with none left
 * (per instance or per client) it is answered 503 here, for next to nothing, so a flood of
 * streams never queues in front of other requests such as /api/health.
 */
function streamRefused(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "GET" || !STOCK_STREAM_PATH.test(request.url ?? "")) return false;
  const release = stockStreamSlots().acquire(String(request.headers["x-forwarded-for"] ?? "unknown"));
  if (!release) {
    refuse(response, 503, "too_many_streams", "Too many live stock streams are open; try again shortly.", { "Retry-After": String(STREAM_RETRY_AFTER_SECONDS) });
    return true;
  }
  response.once("close", release);
  return false;
}

/**
 * Makes every HTTP server of this process check each request before its listener (Next's) runs:
 * forwarded headers are rewritten from the socket and TRUSTED_PROXIES (`next start` gives route
 * handlers no socket and keeps a client's own `X-Forwarded-For`, so this is the one place where
 * the real peer is known), a cross-origin Server Action is answered 403 instead of Next's 500,
 * live stock streams past their caps are answered 503, every HTML document gets a fresh
 * script nonce, written in before the response is compressed (docs/security.md), the build's
 * scripts and stylesheets go out as their Brotli copies, and the shared catalog pages are answered
 * from the page cache when it has them (docs/scaling.md).
 */
export function installRequestGuards(setting = process.env.TRUSTED_PROXIES): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const trust = proxyTrustFrom(setting);
  const pages = createPageCache();
  // The build folder next.config.js names; `next start` runs from the project's root. `next dev`
  // serves other chunks under the same URLs: a production build's copies are not for it.
  const precompressed = process.env.NODE_ENV === "production" ? loadPrecompressed(path.resolve(process.env.NEXT_DIST_DIR || ".next")) : new Map<string, Buffer>();
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      sanitizeForwardedHeaders(request, trust);
      if (isCrossOriginServerAction(request.method, request.headers)) {
        refuse(response, 403, "forbidden_origin", "This action can only be sent from this site.");
        return true;
      }
      if (streamRefused(request, response)) return true;
      compressResponse(request, response);
      sendPrecompressedStatic(precompressed, request, response);
      nonceHtmlResponse(response);
      if (pages && answerFromPageCache(pages, request, response)) return true;
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
