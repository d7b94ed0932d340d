/**
 * A same-origin path to send the shopper back to, from a Referer or a `next` parameter: only the
 * path and query of a URL on `origin`, else `fallback`. `//evil.example/x`, `/\evil.example`,
 * `https://evil.example/` and anything not starting with one `/` never leave the site.
 */
export function safeRedirectPath(target: string | null | undefined, origin: string, fallback = "/"): string {
  if (!target) return fallback;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = url.pathname + url.search;
  // A path that begins with two slashes (or a backslash) reads as another host to a browser.
  return /^\/(?![/\\])/.test(path) ? path : fallback;
}
