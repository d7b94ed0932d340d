import { expect, test, type APIResponse } from "@playwright/test";
import { cspViolations, expectNoAxeViolations } from "./support/axe";
import { failedTests, observatoryScan } from "./support/observatory";

/**
 * Security headers on every response (docs/security.md), and the journeys' pages under the
 * Content-Security-Policy without a single violation. HSTS and the HTTPS front are in
 * security-api-https.spec.ts.
 */

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const where = response.url();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  // No eval of strings; 'wasm-unsafe-eval' (compiling the scanner's WebAssembly, docs/in-store.md) is not that.
  expect(csp, where).not.toContain("'unsafe-eval'");
  expect(csp, where).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp.match(/script-src [^;]*/)?.[0], where).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("geolocation=(self)");
  // Plain HTTP: no HSTS (it would be ignored, and is wrong for a site not on HTTPS).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/api/health", "/api/products?limit=1", "/api/products/no-such-product", "/no-such-page", "/sw.js", "/manifest.webmanifest", "/robots.txt"]) {
    expectSecurityHeaders(await request.get(path));
  }
  expectSecurityHeaders(await request.get("/locale?set=fr", { maxRedirects: 0 }));
  expectSecurityHeaders(await request.post("/api/events", { data: "{}", headers: { "content-type": "application/json" } }));
});

test("the storefront's pages run under the policy without a violation", async ({ page }) => {
  test.setTimeout(180_000); // ten pages, each with an axe pass
  for (const path of ["/", "/search?q=pull", "/stores", "/cart", "/login", "/register", "/offline"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto("/");
  await page.locator("nav a[href^='/categories/']").first().click();
  await page.locator("main li h3 a").first().click();
  await expect(page.locator("[data-stock-status]")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the violation check can fail: an image from another origin is refused and reported", async ({ page }) => {
  await page.goto("/");
  expect(await cspViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "http://203.0.113.1/tracker.png";
    document.body.append(image);
  });
  await expect.poll(async () => (await cspViolations(page)).join("\n")).toContain("img-src");
});

test("an HTML page's scripts all carry the nonce of its own policy, new on every response", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/", "/stores"]) {
    const response = await request.get(path);
    const nonce = /script-src [^;]*'nonce-([^']+)' 'strict-dynamic'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce, path).toBeDefined();
    const html = await response.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
    nonces.add(nonce!);
  }
  expect(nonces.size).toBe(3);
});

test("Mozilla's HTTP Observatory: on plain HTTP only tests that need HTTPS fail", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const result = observatoryScan(new URL(baseURL!).host);
  test.info().annotations.push({ type: "observatory", description: `${result.scan.grade}, ${result.scan.score}/100` });
  // The third test that needs HTTPS, Secure cookies, passes here because the home page (cached,
  // the same for everyone) sets no cookie at all.
  expect(failedTests(result)).toEqual(["redirection", "strict-transport-security"]);
  expect(result.tests["content-security-policy"]?.pass).toBe(true);
});
