import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { proxyTrustFrom, resolveClient, sanitizeForwardedHeaders } from "./forwarded";

function request(peer: string, headers: Record<string, string>, encrypted = false): IncomingMessage {
  const socket = { remoteAddress: peer, encrypted };
  return { socket, connection: socket, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("forwarded headers and TRUSTED_PROXIES", () => {
  it("trusts nobody by default: the socket's peer is the client, forged headers are dropped", () => {
    const forged = request("198.51.100.9", { "x-forwarded-for": "203.0.113.1", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" });
    sanitizeForwardedHeaders(forged, proxyTrustFrom(undefined));
    expect(forged.headers["x-forwarded-for"]).toBe("198.51.100.9");
    expect(forged.headers["x-forwarded-proto"]).toBe("http");
    expect(forged.headers["x-forwarded-host"]).toBeUndefined();
  });

  it("believes a listed proxy for the hop it adds, not for what the client wrote before it", () => {
    const trust = proxyTrustFrom("10.0.0.0/8, loopback");
    const viaProxy = request("10.0.0.2", { "x-forwarded-for": "203.0.113.1, 198.51.100.9", "x-forwarded-proto": "https" });
    expect(resolveClient(viaProxy, trust)).toEqual({ address: "198.51.100.9", https: true, viaTrustedProxy: true });
    const direct = request("198.51.100.9", { "x-forwarded-for": "203.0.113.1", "x-forwarded-proto": "https" });
    expect(resolveClient(direct, trust)).toEqual({ address: "198.51.100.9", https: false, viaTrustedProxy: false });
  });

  it("takes a hop count", () => {
    const twoProxies = request("10.0.0.2", { "x-forwarded-for": "203.0.113.1, 198.51.100.9, 10.0.0.3" });
    expect(resolveClient(twoProxies, proxyTrustFrom("2")).address).toBe("198.51.100.9");
    expect(resolveClient(twoProxies, proxyTrustFrom("1")).address).toBe("10.0.0.3");
  });

  it("sees HTTPS on a TLS socket whatever the headers say", () => {
    expect(resolveClient(request("198.51.100.9", {}, true), proxyTrustFrom(undefined)).https).toBe(true);
  });
});
