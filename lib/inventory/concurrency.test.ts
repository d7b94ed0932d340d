import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { orders, reservations } from "../db/schema";
import { placeOrder } from "../orders/place-order";
import { startPostgresCluster, type PostgresCluster } from "../testing/postgres-cluster";
import { insertStockFixture, resetStock } from "../testing/stock-fixture";
import { createReservation } from "./reservations";
import { stockAt, type StockLevel } from "./stock";
import { openStockFeed } from "./stock-events";

/**
 * No oversell under load (docs/stores-and-pickup.md): 200 buyers at once for the last 5 units. On PGlite
 * (one connection, queries queue) and on a real PostgreSQL where transactions do overlap and
 * the conditional UPDATE's row lock is what decides.
 */
const BUYERS = 200;
const UNITS = 5;

const delivery = { type: "delivery" as const, method: "home" as const, phone: "+33612345678", address: { name: "A", line1: "1 rue", postcode: "69001", city: "Lyon" } };

function suite(name: string, open: () => Promise<{ writer: Database; observer: Database } | null>, skipReason: () => string | null) {
  describe(name, () => {
    let dbs: { writer: Database; observer: Database } | null = null;
    beforeAll(async () => {
      dbs = await open();
      if (dbs) await insertStockFixture(dbs.writer.db, []);
    }, 120_000);
    afterAll(async () => {
      await dbs?.writer.close();
      if (dbs && dbs.observer !== dbs.writer) await dbs.observer.close();
    });

    it(`sells exactly ${UNITS} of ${UNITS} units to ${BUYERS} simultaneous orders, and every instance hears the levels`, async (ctx) => {
      if (!dbs) return ctx.skip(skipReason() ?? "no database");
      const { writer, observer } = dbs;
      await resetStock(writer.db, [{ sku: "TEE-M", location: "online", quantity: UNITS }]);
      const feed = await openStockFeed(observer);
      const heard: StockLevel[] = [];
      feed.subscribe(["TEE-M"], (event) => heard.push(event));
      try {
        const results = await Promise.all(
          Array.from({ length: BUYERS }, (_, i) =>
            placeOrder(writer.db, { email: `buyer${i}@example.org`, lines: [{ sku: "TEE-M", quantity: 1 }], acceptTerms: true, fulfilment: delivery }, { idempotencyKey: `buyer-${i}` }),
          ),
        );
        const statuses = results.map((r) => (r.kind === "answer" ? r.answer.status : 0));
        expect(statuses.filter((s) => s === 201)).toHaveLength(UNITS);
        expect(statuses.filter((s) => s === 409)).toHaveLength(BUYERS - UNITS);
        expect(await stockAt(writer.db, "TEE-M", "online")).toBe(0);
        expect(await writer.db.select().from(orders)).toHaveLength(UNITS);
        await expect.poll(() => heard.at(-1)?.available, { timeout: 5000 }).toBe(0);
        expect(heard.map((e) => e.available).sort()).toEqual([0, 1, 2, 3, 4]);
        expect(heard.every((e) => e.location === "online")).toBe(true);
      } finally {
        await feed.close();
      }
    });

    it(`holds exactly ${UNITS} units for ${BUYERS} simultaneous reservations`, async (ctx) => {
      if (!dbs) return ctx.skip(skipReason() ?? "no database");
      const { writer } = dbs;
      await resetStock(writer.db, [{ sku: "TEE-L", location: "lyon-part-dieu", quantity: UNITS }]);
      const results = await Promise.all(
        Array.from({ length: BUYERS }, (_, i) => createReservation(writer.db, { sku: "TEE-L", store: "lyon-part-dieu", quantity: 1, email: `r${i}@example.org` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(UNITS);
      expect(results.filter((r) => !r.ok && r.reason === "out_of_stock")).toHaveLength(BUYERS - UNITS);
      expect(await stockAt(writer.db, "TEE-L", "lyon-part-dieu")).toBe(0);
      expect(await writer.db.select().from(reservations)).toHaveLength(UNITS);
    });
  });
}

suite(
  "PGlite",
  async () => {
    const db = await openDatabase({ dataDir: "memory" });
    return { writer: db, observer: db };
  },
  () => null,
);

let cluster: PostgresCluster | null = null;
suite(
  "PostgreSQL (throwaway local cluster, two server instances)",
  async () => {
    cluster = await startPostgresCluster();
    if (!cluster) return null;
    // Two pools stand for two `next start` instances: events made by one reach the other via LISTEN/NOTIFY.
    const writer = await openDatabase({ url: cluster.url });
    const observer = await openDatabase({ url: cluster.url });
    return { writer, observer };
  },
  () => (cluster ? null : "skipped: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) on this machine"),
);
afterAll(async () => {
  await cluster?.stop();
});
