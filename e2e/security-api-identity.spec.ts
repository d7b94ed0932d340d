import http from "node:http";
import { expect, test } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./support/own-server";

/**
 * Identity and abuse against a real `next start` of its own (docs/security.md): forged forwarded
 * headers do not reset limits nor mark cookies Secure, /locale stays on the site, and a huge
 * chunked body is refused while streaming, without the server's memory following it.
 */

let server: OwnServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test("a forged X-Forwarded-For does not reset the sign-in rate limit", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  const signIn = (headers: Record<string, string> = {}) =>
    api.post("/api/auth/sign-in/email", { data: { email: "nobody@example.com", password: "not the password" }, headers: { origin: server.baseURL, ...headers } });
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 12 && statuses.at(-1) !== 429; attempt++) statuses.push((await signIn()).status());
  expect(statuses.at(-1), `statuses: ${statuses.join(",")}`).toBe(429);
  for (let forged = 1; forged <= 15; forged++) {
    const response = await signIn({ "x-forwarded-for": `203.0.113.${forged}`, "x-real-ip": `198.51.100.${forged}` });
    expect(response.status(), `forged address #${forged}`).toBe(429);
  }
  await api.dispose();
});

test("a forged X-Forwarded-Proto from an untrusted client does not change the cookie", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  const response = await api.post("/api/auth/sign-up/email", {
    data: { name: "Proto", email: "proto@example.com", password: "cheval agrafe batterie" },
    headers: { origin: server.baseURL, "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.200" },
  });
  expect(response.status()).toBe(200);
  const session = response.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.includes("session_token"));
  expect(session?.value).toBeDefined();
  expect(session!.value).not.toMatch(/;\s*secure/i);
  await api.dispose();
});

test("/locale sends the shopper back only to a path on this site", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  for (const referer of ["//evil.example/x", "https://evil.example/x", `${server.baseURL}//evil.example/x`, "/\\evil.example"]) {
    const response = await api.get("/locale?set=en", { headers: { referer }, maxRedirects: 0 });
    expect(response.status(), referer).toBe(303);
    expect(response.headers().location, referer).toBe("/");
  }
  const back = await api.get("/locale?set=fr", { headers: { referer: `${server.baseURL}/c/chairs?page=2` }, maxRedirects: 0 });
  expect(back.headers().location).toBe("/c/chairs?page=2");
  await api.dispose();
});

test("a Server Action posted from another origin is refused with 403, not 500", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  const response = await api.post("/checkout", {
    data: "[]",
    headers: { "next-action": "0".repeat(42), origin: "https://evil.example", accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: { code: "forbidden_origin" } });
  await api.dispose();
});

/** Opens a live stock stream; resolves with its status once the first bytes (or the refusal) arrive. */
function openStream(skus: string): Promise<{ status: number; retryAfter?: string; close: () => void }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.baseURL}/api/stock/stream?skus=${skus}`, { agent: false }, (response) => {
      const close = () => request.destroy();
      if (response.statusCode !== 200) {
        response.resume();
        resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"], close });
      } else response.once("data", () => resolve({ status: 200, close }));
    });
    request.on("error", reject);
  });
}

test("live stock streams are capped per client (503 + Retry-After) and health stays fast", async ({ request }) => {
  const products = (await (await request.get(`${server.baseURL}/api/products?limit=1`)).json()) as { items: { slug: string }[] };
  const product = (await (await request.get(`${server.baseURL}/api/products/${products.items[0]!.slug}`)).json()) as { skus: { sku: string }[] };
  const sku = product.skus[0]!.sku;
  const open = await Promise.all(Array.from({ length: 20 }, () => openStream(sku)));
  expect(open.map((stream) => stream.status)).toEqual(Array(20).fill(200));
  const refused = await openStream(sku);
  expect(refused.status).toBe(503);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  const started = Date.now();
  expect((await request.get(`${server.baseURL}/api/health`)).status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(1000);
  for (const stream of open) stream.close();
  // A slot comes back when its stream closes.
  await expect.poll(async () => {
    const again = await openStream(sku);
    again.close();
    return again.status;
  }).toBe(200);
});

/**
 * POSTs `total` bytes chunked to `path` the way a hostile client would: it keeps sending whatever
 * the server answers, until everything is sent or the server closes the connection.
 */
function postChunked(path: string, total: number): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let status = 0;
    let closed = false;
    const request = http.request(`${server.baseURL}${path}`, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } });
    const finish = () => {
      if (closed) return;
      closed = true;
      request.destroy();
      if (status) resolve({ status, sent });
      else reject(new Error(`no answer after ${sent} bytes`));
    };
    request.on("response", (response) => {
      status = response.statusCode ?? 0;
      response.resume();
    });
    request.on("error", finish);
    request.on("close", finish);
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const pump = () => {
      while (!closed && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!closed) request.end(() => setTimeout(finish, 500));
    };
    pump();
  });
}

test("a 200 MB chunked POST to /api/events is refused while streaming", async () => {
  test.setTimeout(120_000);
  // Warm the route so its code is loaded before the baseline.
  expect((await fetch(`${server.baseURL}/api/events`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } })).status).toBe(400);
  const before = server.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 50);
  const { status, sent } = await postChunked("/api/events", 200 * 1024 * 1024);
  clearInterval(sampler);
  peak = Math.max(peak, server.rss());
  console.log(`200 MB chunked POST: ${status} after ${(sent / 1048576).toFixed(1)} MB sent; RSS ${(before / 1048576).toFixed(0)} -> peak ${(peak / 1048576).toFixed(0)} MB`);
  expect(status).toBe(413);
  expect(peak - before).toBeLessThan(32 * 1024 * 1024);
});

test("unauthenticated writes are capped per client, whatever address it claims: 429 with Retry-After", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  const statuses: number[] = [];
  // Default cap: 120 event batches a minute per client; an empty batch still counts.
  for (let i = 0; i < 125 && statuses.at(-1) !== 429; i++) {
    const response = await api.post("/api/events", { data: { events: [] }, headers: { "x-forwarded-for": `203.0.113.${i % 250}` } });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ error: { code: "too_many_requests" } });
    }
  }
  // The 200 MB test above spent two of this minute's 120.
  expect(statuses.filter((status) => status !== 429).length).toBe(118);
  expect(statuses.at(-1)).toBe(429);
  for (let forged = 1; forged <= 10; forged++) {
    expect((await api.post("/api/events", { data: { events: [] }, headers: { "x-forwarded-for": `192.0.2.${forged}` } })).status()).toBe(429);
  }
  // Sign-ups: 5 an hour per client (one was made above). Runs last: the caps stay spent.
  let signUp = 0;
  for (let i = 0; i < 6 && signUp !== 429; i++) {
    const response = await api.post("/api/auth/sign-up/email", {
      data: { name: "Cap", email: `cap${i}@example.com`, password: "cheval agrafe batterie" },
      headers: { origin: server.baseURL, "x-forwarded-for": `198.51.100.${i}` },
    });
    signUp = response.status();
    if (signUp === 429) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(3000);
  }
  expect(signUp).toBe(429);
  await api.dispose();
});
