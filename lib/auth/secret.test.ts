import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../testing/each-database";
import { authSecret } from "./secret";

describeOnEachDatabase(
  "authSecret",
  async () => {},
  (current) => {
    it("uses the environment variable when set", async () => {
      expect(await authSecret(current().db, "from-env")).toBe("from-env");
    });

    // On PostgreSQL the 20 callers run on several connections at once, as instances starting together would.
    it("generates one secret, keeps it, and gives the same one to 20 concurrent callers", async () => {
      const secrets = await Promise.all(Array.from({ length: 20 }, () => authSecret(current().db, undefined)));
      expect(secrets[0]).toHaveLength(43);
      expect(new Set(secrets).size).toBe(1);
      expect(await authSecret(current().db, undefined)).toBe(secrets[0]);
    });
  },
);
