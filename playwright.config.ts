import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** The local web push service e2e/push.spec.ts starts (web-push-testing); the server may send to it over HTTP. */
const pushServicePort = Number(process.env.E2E_PUSH_PORT ?? port + 1);

// Debian's Chromium; never a downloaded browser (no network here). The flags keep it from
// calling Google services, which this machine's closed network refuses.
const launchOptions = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `npm test` runs phone and desktop side by side, each writing its own report and artifacts (scripts/test.mjs).
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/playwright.json" }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/e2e",
  use: { baseURL, trace: "retain-on-failure", locale: "fr-FR", timezoneId: "Europe/Paris" },
  projects: [
    {
      name: "phone",
      use: { ...devices["Pixel 7"], launchOptions },
      // API specs have no viewport; the continuity spec makes its own phone and desktop.
      testIgnore: /(api-.*|continuity)\.spec\.ts/,
    },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 }, launchOptions },
    },
  ],
  webServer: {
    // The built app on a database of its own, so e2e runs never touch ./data.
    command: `npx next start -p ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    // Every journey comes from 127.0.0.1: the abuse caps are raised here; the security specs
    // check them on a server of their own with the defaults (docs/security.md).
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR ?? "data/e2e",
      SITE_URL: baseURL,
      LIMIT_RESERVATIONS_PER_HOUR: "1000",
      LIMIT_ORDERS_PER_HOUR: "1000",
      LIMIT_EVENT_BATCHES_PER_MINUTE: "10000",
      LIMIT_SIGN_UPS_PER_HOUR: "1000",
      LIMIT_FEEDBACK_PER_HOUR: "1000",
      LIMIT_MAILS_PER_RECIPIENT_PER_DAY: "1000",
      LIMIT_MAILS_PER_CLIENT_PER_HOUR: "1000",
      LIMIT_ACTIVE_HOLDS_PER_EMAIL: "1000",
      LIMIT_ACTIVE_HOLDS_PER_CLIENT: "1000",
      // A small upload cap, so admin-catalog.spec.ts can go over it (docs/back-office.md).
      IMPORT_UPLOAD_MAX_MB: "1",
      // Tests only: the local push service (docs/engagement.md#testing-push).
      PUSH_ENDPOINT_HOSTS: `http://localhost:${pushServicePort}`,
    },
  },
});
