import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { productViews, sessions, visitors } from "../db/schema";
import { seedDemo } from "../db/seed";
import { createAuth, type Auth } from "./server";

const BASE = "http://localhost:3999";
let database: Database;
let auth: Auth;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return auth.handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  auth = createAuth(database.db, { secret: "test-secret-test-secret-test-secret-42", baseURL: BASE });
});
afterAll(() => database.close());

describe("accounts with better-auth", () => {
  it("registers with a good password and refuses a common one", async () => {
    const common = await post("/sign-up/email", { name: "A", email: "common@example.com", password: "password123" });
    expect(common.status).toBe(400);
    expect((await common.json()).code).toBe("PASSWORD_TOO_COMMON");
    const short = await post("/sign-up/email", { name: "A", email: "short@example.com", password: "abc" });
    expect(short.status).toBe(400);
    const ok = await post("/sign-up/email", { name: "Alice", email: "alice@example.com", password: "cheval agrafe batterie" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("set-cookie")).toMatch(/better-auth\.session_token=/);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const wrong = await post("/sign-in/email", { email: "alice@example.com", password: "not the password" }, { "x-forwarded-for": "10.0.0.1" });
    const unknown = await post("/sign-in/email", { email: "nobody@example.com", password: "not the password" }, { "x-forwarded-for": "10.0.0.1" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it("takes about as long for an unknown email as for a wrong password (no timing oracle)", async () => {
    const timed = async (email: string, ip: string) => {
      const started = performance.now();
      await post("/sign-in/email", { email, password: "not the password" }, { "x-forwarded-for": ip });
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await timed("alice@example.com", `10.1.0.${i}`));
      unknown.push(await timed(`nobody${i}@example.com`, `10.2.0.${i}`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("rate-limits sign-in attempts from one address, in the database", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await post("/sign-in/email", { email: "alice@example.com", password: "wrong password" }, { "x-forwarded-for": "10.0.0.2" })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another address is not affected.
    expect((await post("/sign-in/email", { email: "alice@example.com", password: "wrong password" }, { "x-forwarded-for": "10.0.0.3" })).status).toBe(401);
  });

  it("attaches the device's anonymous views at sign-in and rotates the device's session", async () => {
    await seedDemo(database.db, { products: 12 });
    const [product] = await database.db.query.products.findMany({ limit: 1 });
    const visitorId = "v".repeat(22);
    await database.db.insert(visitors).values({ id: visitorId, deviceClass: "mobile", deviceLabel: "Chrome · Android" });
    await database.db.insert(productViews).values({
      visitorId,
      productSlug: product!.slug,
      deviceClass: "mobile",
      viewedAt: new Date(),
      clientEventId: "e1",
    });
    const cookie = `vitrine_vid=${visitorId}`;
    const first = await post("/sign-in/email", { email: "alice@example.com", password: "cheval agrafe batterie" }, { cookie, "x-forwarded-for": "10.0.0.4" });
    expect(first.status).toBe(200);
    const second = await post("/sign-in/email", { email: "alice@example.com", password: "cheval agrafe batterie" }, { cookie, "x-forwarded-for": "10.0.0.4" });
    expect(second.status).toBe(200);
    const [view] = await database.db.select().from(productViews).where(eq(productViews.visitorId, visitorId));
    const userId = (await second.json()).user.id;
    expect(view!.userId).toBe(userId);
    const deviceSessions = await database.db.select().from(sessions).where(eq(sessions.visitorId, visitorId));
    expect(deviceSessions).toHaveLength(1);
  });
});

describe("sign-out", () => {
  it("gives the browser a new visitor id", async () => {
    const signIn = await post("/sign-in/email", { email: "alice@example.com", password: "cheval agrafe batterie" }, { "x-forwarded-for": "10.0.0.9" });
    const token = /better-auth\.session_token=([^;]+)/.exec(signIn.headers.get("set-cookie") ?? "")?.[1];
    const signOut = await post("/sign-out", {}, { cookie: `better-auth.session_token=${token}; vitrine_vid=${"v".repeat(22)}` });
    expect(signOut.status).toBe(200);
    const newVisitor = /vitrine_vid=([^;]+)/.exec(signOut.headers.get("set-cookie") ?? "")?.[1];
    expect(newVisitor).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newVisitor).not.toBe("v".repeat(22));
  });
});
