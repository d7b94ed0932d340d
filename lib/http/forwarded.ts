import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import proxyaddr from "proxy-addr";

/** Whether the hop at `index` (0 = the socket's peer, 1 = the address it forwarded for, …) is a trusted proxy. */
export type ProxyTrust = (address: string, index: number) => boolean;

/**
 * `TRUSTED_PROXIES` (docs/security.md): empty (the default) trusts no proxy, so the socket address
 * is the client; a number trusts that many hops; otherwise a comma-separated list of addresses,
 * CIDR ranges or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`).
 */
export function proxyTrustFrom(setting: string | undefined): ProxyTrust {
  const value = (setting ?? "").trim();
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, index) => index < hops;
  }
  return proxyaddr.compile(value.split(",").map((entry) => entry.trim()).filter(Boolean));
}

/** The client as seen through the trusted proxies: its address and whether it reached the first one over HTTPS. */
export interface ResolvedClient {
  address: string;
  https: boolean;
  /** The socket's peer is a trusted proxy: its X-Forwarded-Host/-Port may be believed. */
  viaTrustedProxy: boolean;
}

export function resolveClient(request: IncomingMessage, trust: ProxyTrust): ResolvedClient {
  const peer = request.socket.remoteAddress ?? "";
  const viaTrustedProxy = peer !== "" && trust(peer, 0);
  const forwardedProto = String(request.headers["x-forwarded-proto"] ?? "")
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .pop();
  const encrypted = (request.socket as TLSSocket).encrypted === true;
  return {
    address: peer === "" ? "" : proxyaddr(request, trust),
    https: encrypted || (viaTrustedProxy && forwardedProto === "https"),
    viaTrustedProxy,
  };
}

/**
 * Rewrites the forwarded headers of every request as it arrives, before Next reads them: from
 * then on `X-Forwarded-For` holds exactly the resolved client address and `X-Forwarded-Proto`
 * the scheme the shopper used, so nothing downstream (better-auth's rate limit, our limiters,
 * cookies' `Secure`) can be fooled by a header the client wrote itself.
 */
export function sanitizeForwardedHeaders(request: IncomingMessage, trust: ProxyTrust): void {
  const client = resolveClient(request, trust);
  if (client.address) request.headers["x-forwarded-for"] = client.address;
  else delete request.headers["x-forwarded-for"];
  request.headers["x-forwarded-proto"] = client.https ? "https" : "http";
  if (!client.viaTrustedProxy) {
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-port"];
  }
}

/** The client address of a request whose headers went through `sanitizeForwardedHeaders`. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for") ?? "unknown";
}

/** Whether the shopper is on HTTPS (directly or through a trusted proxy). */
export function isHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto") === "https";
}

/** The origin the shopper's browser used: scheme as above, host from a trusted proxy's X-Forwarded-Host, else Host. */
export function requestOrigin(headers: Headers): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost";
  return `${isHttps(headers) ? "https" : "http"}://${host}`;
}
