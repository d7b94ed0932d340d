import type { IncomingHttpHeaders } from "node:http";

/**
 * A Server Action posted from another origin: Next.js refuses it but answers 500; the request
 * guards answer 403 first (docs/security.md). Same rule as Next's: the Origin's host must be the
 * request's host (`X-Forwarded-Host` from a trusted proxy, else `Host`); no Origin is let through,
 * as Next does, since a browser always sends one on a cross-site POST.
 */
export function isCrossOriginServerAction(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== "POST" || headers["next-action"] === undefined) return false;
  const origin = headers.origin;
  if (origin === undefined) return false;
  const forwardedHost = headers["x-forwarded-host"];
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost)?.split(",")[0]?.trim() || headers.host;
  if (!host) return true;
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}
