/**
 * What the service worker may store (docs/offline.md, "What the worker stores"). Pure: the worker
 * composes it into every runtime strategy, and tests call it directly.
 */

/** Directives that forbid keeping a copy on the device (RFC 9111 §5.2.2.5 and §5.2.2.7). */
const FORBIDDEN = new Set(["no-store", "private"]);

/**
 * Whether a response may go into a device cache: its `Cache-Control` says neither `no-store` nor
 * `private`. `private` counts too: the worker's caches outlive the session, and a page meant for
 * one shopper must not be shown to whoever uses the device next. (Which statuses are kept is the
 * strategy's own choice: CacheableResponsePlugin.)
 */
export function isStorableResponse(response: { headers: { get(name: string): string | null } }): boolean {
  const directives = (response.headers.get("Cache-Control") ?? "")
    .toLowerCase()
    .split(",")
    .map((directive) => directive.split("=")[0]!.trim());
  return !directives.some((directive) => FORBIDDEN.has(directive));
}
