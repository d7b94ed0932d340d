import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../lib/testing/postgres-cluster";
import { failedTests, observatoryScan } from "./support/observatory";
import { startOwnServer, type OwnServer } from "./support/own-server";

/**
 * The HTTPS front of docs/security.md, for real: nginx (Debian's) with a throwaway self-signed
 * certificate in front of `next start` with TRUSTED_PROXIES=1. HSTS and Secure cookies appear,
 * plain HTTP is redirected, the client behind the proxy still cannot pick its address, and
 * Mozilla's HTTP Observatory grades the front A+.
 */

let server: OwnServer;
let nginx: ChildProcess;
let dir: string;
let httpsURL: string;
let httpURL: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({ TRUSTED_PROXIES: "1" });
  dir = mkdtempSync(path.join(os.tmpdir(), "vitrine-https-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { stdio: "pipe" });
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  httpsURL = `https://localhost:${httpsPort}`;
  httpURL = `http://localhost:${httpPort}`;
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:${httpPort}; return 301 https://localhost:${httpsPort}$request_uri; }
  server {
    listen 127.0.0.1:${httpsPort} ssl;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    # Plain HTTP sent to the TLS port is redirected too (the Observatory scans both on one port).
    error_page 497 =301 https://$host:$server_port$request_uri;
    location / {
      proxy_pass http://127.0.0.1:${server.port};
      proxy_http_version 1.1;
      proxy_set_header Host $host:$server_port;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
    }
  }
}
`,
  );
  nginx = spawn("nginx", ["-e", path.join(dir, "error.log"), "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync("curl", ["-skf", "-o", "/dev/null", `${httpsURL}/api/health`]);
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

test.afterAll(async () => {
  nginx?.kill();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("over HTTPS every answer carries HSTS; plain HTTP is redirected", async ({ playwright }) => {
  const api = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  for (const path of ["/", "/api/health", "/no-such-page"]) {
    const headers = (await api.get(`${httpsURL}${path}`)).headers();
    expect(headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const plain = await api.get(`${httpURL}/cart`, { maxRedirects: 0 });
  expect(plain.status()).toBe(301);
  expect(plain.headers().location).toBe(`${httpsURL}/cart`);
  // The app itself, reached without the proxy, is plain HTTP: no HSTS.
  expect((await api.get(`${server.baseURL}/api/health`)).headers()["strict-transport-security"]).toBeUndefined();
  await api.dispose();
});

test("the session cookie is Secure when the shopper is on HTTPS through the trusted proxy", async ({ playwright }) => {
  const api = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  const response = await api.post(`${httpsURL}/api/auth/sign-up/email`, {
    data: { name: "Tls", email: "tls@example.com", password: "cheval agrafe batterie" },
    headers: { origin: server.baseURL },
  });
  expect(response.status()).toBe(200);
  const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect(cookie.value).toMatch(/;\s*Secure/i);
  await api.dispose();
});

test("behind the proxy, a forged X-Forwarded-For does not reset the sign-in limit", async ({ playwright }) => {
  const api = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  const signIn = (headers: Record<string, string> = {}) =>
    api.post(`${httpsURL}/api/auth/sign-in/email`, { data: { email: "nobody@example.com", password: "not the password" }, headers: { origin: server.baseURL, ...headers } });
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 12 && statuses.at(-1) !== 429; attempt++) statuses.push((await signIn()).status());
  expect(statuses.at(-1), statuses.join(",")).toBe(429);
  for (let forged = 1; forged <= 15; forged++) expect((await signIn({ "x-forwarded-for": `203.0.113.${forged}` })).status()).toBe(429);
  await api.dispose();
});

test("Mozilla's HTTP Observatory grades the HTTPS front A+, every test passing", async () => {
  test.setTimeout(180_000);
  const result = observatoryScan(`localhost:${new URL(httpsURL).port}`, path.join(dir, "cert.pem"));
  test.info().annotations.push({ type: "observatory", description: `${result.scan.grade}, ${result.scan.score}/100` });
  expect(failedTests(result)).toEqual([]);
  expect(result.tests["content-security-policy"]?.result).toBe("csp-implemented-with-unsafe-inline-in-style-src-only");
  expect(result.scan.grade).toBe("A+");
  expect(result.scan.score).toBeGreaterThanOrEqual(100);
});
