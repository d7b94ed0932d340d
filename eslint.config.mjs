import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The Next.js adapters of lib/: the only lib/ files allowed to import next/* (docs/conventions.md). */
const LIB_NEXT_ADAPTERS = [
  "lib/http/**",
  "lib/i18n/**",
  "lib/auth/session.ts",
  "lib/auth/require.ts",
  "lib/catalog/cached.ts",
  "lib/visitor/request.ts",
  "lib/next/**",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Layer rules (docs/conventions.md, "Layers"): components never reach into routes.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [{ target: "./components", from: "./app", message: "components/ must not import from app/: move the shared code to lib/ or pass it as a prop (docs/conventions.md)." }] },
      ],
    },
  },
  // lib/ is the domain: Next.js only in its adapters.
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: LIB_NEXT_ADAPTERS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*"],
              message: "lib/ imports next/* only in its adapters (lib/http, lib/i18n, lib/next, …; docs/conventions.md): move the Next glue there.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next*/**", "out/**", "data/**", "public/sw.js", "bench/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // Under app/[locale]/ every one-segment path looks like a page to this rule; the plain <a>
    // links are deliberate full-page loads (the offline shells, docs/offline.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
]);
