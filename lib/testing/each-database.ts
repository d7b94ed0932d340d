import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";

/**
 * Defines a suite twice: on an in-memory PGlite and on a throwaway PostgreSQL cluster
 * (./postgres-cluster.ts). PGlite runs one transaction at a time, so a race test that passes
 * there proves nothing about locks; on PostgreSQL the transactions really overlap. The
 * PostgreSQL suite is skipped, saying so, where no server binaries are installed.
 *
 * `setup` runs once per database (fixtures); each test reaches the database with `current()`.
 */
export function describeOnEachDatabase(title: string, setup: (database: Database) => Promise<void>, suite: (current: () => Database) => void) {
  for (const engine of ["PGlite", "PostgreSQL"] as const) {
    describe(`${title} (${engine})`, () => {
      let database: Database | null = null;
      let cluster: PostgresCluster | null = null;
      beforeAll(async () => {
        if (engine === "PGlite") database = await openDatabase({ dataDir: "memory" });
        else {
          cluster = await startPostgresCluster();
          if (cluster) database = await openDatabase({ url: cluster.url });
        }
        if (database) await setup(database);
      }, 120_000);
      afterAll(async () => {
        await database?.close();
        await cluster?.stop();
      });
      beforeEach((context) => {
        if (!database) context.skip("skipped: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) on this machine");
      });
      suite(() => database!);
    });
  }
}
