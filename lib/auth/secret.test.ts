import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { authSecret } from "./secret";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
});
afterAll(() => database.close());

describe("authSecret", () => {
  it("uses the environment variable when set", async () => {
    expect(await authSecret(database.db, "from-env")).toBe("from-env");
  });

  it("generates one secret, keeps it, and gives the same one to concurrent callers", async () => {
    const [a, b] = await Promise.all([authSecret(database.db, undefined), authSecret(database.db, undefined)]);
    expect(a).toHaveLength(43);
    expect(b).toBe(a);
    expect(await authSecret(database.db, undefined)).toBe(a);
  });
});
