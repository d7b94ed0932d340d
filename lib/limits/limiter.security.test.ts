import { spawn, type ChildProcess } from "node:child_process";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { createReservation } from "../inventory/reservations";
import { freePort, startPostgresCluster, type PostgresCluster } from "../testing/postgres-cluster";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import { CAPS } from "./caps";
import { consumeLimit, consumeLimits, type LimitStore } from "./limiter";

/**
 * Caps on unauthenticated writes (docs/security.md), counted in a store every instance shares:
 * each `consumeLimit` with a store override builds a fresh limiter, as another instance would.
 */
async function expectCapHolds(store: LimitStore, key: string) {
  const { points } = CAPS.signUpsPerClient;
  for (let i = 0; i < points; i++) expect((await consumeLimit("signUpsPerClient", key, store)).ok).toBe(true);
  const refused = await consumeLimit("signUpsPerClient", key, store);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.retryAfterSeconds).toBeGreaterThan(CAPS.signUpsPerClient.seconds - 60);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(CAPS.signUpsPerClient.seconds);
  }
  // Another client is not affected.
  expect((await consumeLimit("signUpsPerClient", `${key}-other`, store)).ok).toBe(true);
}

describe("limits on PGlite (the database of a single-instance install)", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: "memory" });
    await insertStockFixture(database.db, []);
    await resetStock(database.db, [{ sku: "TEE-L", location: "lyon-part-dieu", quantity: 50 }]);
  });
  afterAll(() => database.close());

  it("refuses past the cap with a Retry-After, per key", () => expectCapHolds({ kind: "db", db: database.db }, "198.51.100.7"));

  it("counts every check of a batch, and reports the longest wait", async () => {
    const store: LimitStore = { kind: "db", db: database.db };
    for (let i = 0; i < CAPS.mailsPerRecipient.points; i++) await consumeLimit("mailsPerRecipient", "victim@example.org", store);
    const verdict = await consumeLimits([["mailsPerClient", "198.51.100.8"], ["mailsPerRecipient", "Victim@example.org"]], store);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.retryAfterSeconds).toBeGreaterThan(23 * 3600);
  });

  it("caps active holds per e-mail and per client", async () => {
    const caps = { holdCaps: { perEmail: 2, perClient: 3 }, holdMinutes: 120 };
    const hold = (email: string, clientAddress: string) =>
      createReservation(database.db, { sku: "TEE-L", store: "lyon-part-dieu", quantity: 1, email, clientAddress }, caps);
    expect((await hold("a@example.org", "203.0.113.1")).ok).toBe(true);
    expect((await hold("A@example.org", "203.0.113.2")).ok).toBe(true);
    expect(await hold("a@example.org", "203.0.113.3")).toEqual({ ok: false, reason: "too_many_holds", retryAfterSeconds: expect.any(Number) });
    expect((await hold("b@example.org", "203.0.113.9")).ok).toBe(true);
    expect((await hold("c@example.org", "203.0.113.9")).ok).toBe(true);
    expect((await hold("d@example.org", "203.0.113.9")).ok).toBe(true);
    // The earliest of the client's holds ends 120 minutes after it was made, a moment ago.
    expect(await hold("e@example.org", "203.0.113.9")).toEqual({ ok: false, reason: "too_many_holds", retryAfterSeconds: expect.toSatisfy((s: number) => s > 7100 && s <= 7200) });
  });
});

describe("limits on PostgreSQL (shared by every instance)", () => {
  let cluster: PostgresCluster | null;
  let database: Database;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    if (cluster) database = await openDatabase({ url: cluster.url });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await cluster?.stop();
  });

  it("refuses past the cap with a Retry-After, per key", async ({ skip }) => {
    if (!cluster) return skip("no PostgreSQL server binaries on this machine");
    await expectCapHolds({ kind: "db", db: database.db }, "198.51.100.7");
  });
});

describe("limits on Redis (REDIS_URL)", () => {
  let server: ChildProcess;
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    const port = await freePort();
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    client = createClient({ url: `redis://127.0.0.1:${port}` });
    client.on("error", () => {});
    for (let attempt = 0; ; attempt++) {
      try {
        await client.connect();
        break;
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, 30_000);
  afterAll(async () => {
    await client?.quit();
    server?.kill();
  });

  it("refuses past the cap with a Retry-After, per key", () => expectCapHolds({ kind: "redis", client }, "198.51.100.7"));
});
