import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next*/**", "out/**", "data/**", "public/sw.js", "bench/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // Under app/[locale]/ every one-segment path looks like a page to this rule; the plain <a>
    // links are deliberate full-page loads (the offline shells, docs/offline.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
]);
