import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";

/**
 * Downloads a feed's picture over HTTP(S) without letting the feed aim the server at itself or
 * its network (server-side request forgery, docs/security.md#catalog-pictures). The address is
 * checked when the socket connects, after DNS (request-filtering-agent), so a name that resolves
 * to 127.0.0.1, or changes its answer between a check and the connection, is refused all the
 * same. Only public unicast addresses pass: loopback, private, link-local (169.254.169.254, the
 * cloud metadata service), CGNAT, multicast, unspecified, IPv6 unique-local and link-local and
 * IPv4-mapped IPv6 are refused unless `IMPORT_PICTURE_ALLOWED_NETWORKS` names them. Redirects are
 * followed by hand, at most `MAX_REDIRECTS`, each hop checked again. One deadline covers every
 * hop and the body; the body stops at `maxBytes`.
 */

export const MAX_REDIRECTS = 5;

export type PictureFetchFailure = "scheme" | "address" | "redirects" | "status" | "too_large" | "timeout" | "network";

/** Why a picture was not fetched; `values` fill the report's message (`importReasons.picture_<failure>`, lib/import/reasons.ts). */
export class PictureFetchError extends Error {
  constructor(
    readonly failure: PictureFetchFailure,
    readonly values: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = "PictureFetchError";
  }
}

export interface PictureFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Addresses or CIDR ranges that may be reached although not public (a retailer's own image server). */
  allowedNetworks: readonly string[];
}

/**
 * `IMPORT_PICTURE_ALLOWED_NETWORKS`: comma-separated addresses or CIDR ranges (`10.20.0.0/16`,
 * `fd12::/64`). Unset, none: only public addresses. A wrong entry is an error at start rather
 * than an allow-list that silently allows less.
 */
export function allowedPictureNetworks(value: string | undefined = process.env.IMPORT_PICTURE_ALLOWED_NETWORKS): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(address ?? "");
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (!family || !prefixOk || rest.length > 0) throw new Error(`IMPORT_PICTURE_ALLOWED_NETWORKS: "${entry}" is not an IP address or CIDR range`);
  }
  return entries;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function get(url: URL, options: PictureFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const filter = { allowIPAddressList: [...options.allowedNetworks], keepAlive: false };
  return new Promise((resolve, reject) => {
    const request =
      url.protocol === "https:"
        ? httpsRequest(url, { agent: new RequestFilteringHttpsAgent(filter), signal }, resolve)
        : httpRequest(url, { agent: new RequestFilteringHttpAgent(filter), signal }, resolve);
    request.on("error", reject);
    request.end();
  });
}

function failure(error: unknown, signal: AbortSignal, options: PictureFetchOptions): PictureFetchError {
  if (error instanceof PictureFetchError) return error;
  if (signal.aborted) return new PictureFetchError("timeout", { ms: options.timeoutMs }, `no answer within ${options.timeoutMs} ms`);
  const message = error instanceof Error ? error.message : String(error);
  // request-filtering-agent's refusal: "DNS lookup 127.0.0.1(family:4, host:localhost) is not allowed. Because, It is private IP address."
  const refused = /^DNS lookup (.+?)\(.*is not allowed/.exec(message);
  if (refused) return new PictureFetchError("address", { address: refused[1]! }, `refused: ${refused[1]} is not a public address`);
  return new PictureFetchError("network", { detail: message }, message);
}

export async function fetchPicture(start: URL, options: PictureFetchOptions): Promise<Buffer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = start;
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new PictureFetchError("scheme", { scheme: url.protocol }, `refused: ${url.protocol} is not http(s)`);
      const response = await get(url, options, signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.destroy();
        if (hop >= MAX_REDIRECTS) throw new PictureFetchError("redirects", { max: MAX_REDIRECTS }, `more than ${MAX_REDIRECTS} redirects`);
        url = new URL(response.headers.location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new PictureFetchError("status", { status }, `HTTP ${status}`);
      }
      if (Number(response.headers["content-length"] ?? 0) > options.maxBytes) {
        response.destroy();
        throw new PictureFetchError("too_large", { max: options.maxBytes }, `larger than ${options.maxBytes} bytes`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > options.maxBytes) {
          response.destroy();
          throw new PictureFetchError("too_large", { max: options.maxBytes }, `larger than ${options.maxBytes} bytes`);
        }
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    }
  } catch (error) {
    throw failure(error, signal, options);
  }
}
