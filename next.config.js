import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "sharp"],
  // Lets parallel builds (bench, e2e against another build) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
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
  // `npm test` type-checks the whole project once (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
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
