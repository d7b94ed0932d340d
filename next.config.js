import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Content-Security-Policy of every response (docs/security.md). Static, so pages stay cacheable;
 * an HTML document leaves the server with a fresh nonce added to script-src and written into its
 * `<script` tags (lib/http/nonce-html-responses.ts), which lets Next.js's inline page data run
 * without 'unsafe-inline'. Everything else is locked to this origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the in-store scanner compiles zxing-wasm, served from this origin (docs/in-store.md).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers on every response; HSTS only when the shopper is on HTTPS (the scheme lib/http/forwarded.ts resolved). */
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "geolocation=(self), camera=(self), microphone=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];
const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time; the limiter
  // loads drizzle-orm with a run-time import that only Node (not the bundler) resolves.
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "rate-limiter-flexible"],
  // Lets parallel builds (bench, e2e against another build) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The request guards compress instead (lib/http/compression.ts, the same middleware), after the
  // script-nonce rewrite of HTML documents (docs/security.md).
  compress: false,
  // No ETags: the script-nonce rewrite drops an HTML document's ETag anyway (a 304 would pair the
  // browser's stored body with a new nonce), yet Next hashed the whole page on every cache hit to
  // make one: 7 % of a hit's CPU (docs/benchmarks.md, run 6).
  generateEtags: false,
  // With REDIS_URL, every instance shares Next's caches in Redis (docs/scaling.md, "Shared cache");
  // without it, Next's own per-process caches. next start re-reads this file, so REDIS_URL counts at start.
  ...(process.env.REDIS_URL && {
    cacheHandler: fileURLToPath(new URL("./cache-handlers/incremental.mjs", import.meta.url)),
    cacheHandlers: {
      default: fileURLToPath(new URL("./cache-handlers/use-cache.mjs", import.meta.url)),
      remote: fileURLToPath(new URL("./cache-handlers/use-cache.mjs", import.meta.url)),
    },
    cacheMaxMemorySize: 0,
  }),
  // proxy.ts sees the URL the server was asked for (initURL): with `next start -H <address>` the
  // normalised one says "localhost", and a rewrite to it would be fetched as another origin.
  skipProxyUrlNormalize: true,
  // `npm test` type-checks the whole project once (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // French keeps the unprefixed URLs (docs/api.md#urls). The cached catalog pages' plain French
  // URLs are rewritten to the internal `fr` segment here, without running proxy.ts, which a cache
  // hit would pay for on every request (docs/benchmarks.md, run 6). The query string passes through.
  async rewrites() {
    return [
      { source: "/", destination: "/fr" },
      { source: "/products/:slug", destination: "/fr/products/:slug" },
      { source: "/categories/:slug", destination: "/fr/categories/:slug" },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      {
        source: "/sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache, max-age=0" },
          { key: "Service-Worker-Allowed", value: "/" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
