import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:scale` (docs/scaling.md): the multi-instance test, against the production build
 * (`npm run build` first); kept out of `npm run test:unit`, which has no build to run.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["scripts/scale/**/*.scale.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
