import { Server, type IncomingMessage } from "node:http";
import { proxyTrustFrom, sanitizeForwardedHeaders } from "./forwarded";

const INSTALLED = Symbol.for("vitrine.forwardedHeaders");

/**
 * Makes every HTTP server of this process sanitize forwarded headers before its request listener
 * (Next's) runs. `next start` gives route handlers no access to the socket and keeps a client's
 * own `X-Forwarded-For`, so this is the one place where the real peer address is known.
 */
export function installForwardedHeaderTrust(setting = process.env.TRUSTED_PROXIES): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const trust = proxyTrustFrom(setting);
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") sanitizeForwardedHeaders(args[0] as IncomingMessage, trust);
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
