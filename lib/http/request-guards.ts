import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { proxyTrustFrom, sanitizeForwardedHeaders } from "./forwarded";
import { isCrossOriginServerAction } from "./server-action-origin";

const INSTALLED = Symbol.for("vitrine.requestGuards");

function refuseCrossOriginAction(response: ServerResponse): void {
  const body = JSON.stringify({ error: { code: "forbidden_origin", message: "This action can only be sent from this site." } });
  response.writeHead(403, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Makes every HTTP server of this process check each request before its listener (Next's) runs:
 * forwarded headers are rewritten from the socket and TRUSTED_PROXIES (`next start` gives route
 * handlers no socket and keeps a client's own `X-Forwarded-For`, so this is the one place where
 * the real peer is known), and a cross-origin Server Action is answered 403 instead of Next's 500.
 */
export function installRequestGuards(setting = process.env.TRUSTED_PROXIES): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const trust = proxyTrustFrom(setting);
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      sanitizeForwardedHeaders(request, trust);
      if (isCrossOriginServerAction(request.method, request.headers)) {
        refuseCrossOriginAction(response);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
