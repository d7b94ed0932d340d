import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from "../testing/postgres-cluster";
import { openDatabase, type Database } from "./client";

describe.skipIf(!findPostgresBin())("several instances opening one empty PostgreSQL together", () => {
  let cluster: PostgresCluster;
  const opened: Database[] = [];

  beforeAll(async () => {
    cluster = (await startPostgresCluster())!;
  });

  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await cluster?.stop();
  });

  it("migrates once: every opener succeeds", async () => {
    const results = await Promise.allSettled(Array.from({ length: 3 }, () => openDatabase({ url: cluster.url })));
    for (const result of results) if (result.status === "fulfilled") opened.push(result.value);
    expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
  });
});
