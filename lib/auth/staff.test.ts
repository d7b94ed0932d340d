import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users } from "../db/schema";
import { insertStockFixture } from "../testing/stock-fixture";
import { bootstrapAdmins, DEMO_ADMIN_EMAIL } from "./demo-admin";
import { canActOnStore, grantRole, listStaff, promoteBootstrapAdmins, revokeRole, staffMemberOf } from "./staff";

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  await insertStockFixture(database.db, []);
  await database.db.insert(users).values([
    { id: "boss", name: "B", email: "Boss@Example.com" },
    { id: "clerk", name: "C", email: "clerk@example.com" },
    { id: "shopper", name: "S", email: "shopper@example.com" },
  ]);
});
afterAll(() => database.close());

describe("staff roles", () => {
  it("ADMIN_EMAILS promotes listed accounts, whatever the case", async () => {
    expect(await promoteBootstrapAdmins(database.db, new Set(["boss@example.com", "nobody@example.com"]))).toBe(1);
    expect(await staffMemberOf(database.db, "boss")).toEqual({ userId: "boss", email: "Boss@Example.com", role: "admin", storeSlug: null });
    expect(await staffMemberOf(database.db, "shopper")).toBeNull();
  });

  it("an admin grants a store-bound role; the member acts on that store only", async () => {
    expect(await grantRole(database.db, { email: "CLERK@example.com", role: "staff", storeSlug: "lyon-bellecour", grantedBy: "boss" })).toEqual({ ok: true });
    const clerk = (await staffMemberOf(database.db, "clerk"))!;
    expect(clerk).toMatchObject({ role: "staff", storeSlug: "lyon-bellecour" });
    expect(canActOnStore(clerk, "lyon-bellecour")).toBe(true);
    expect(canActOnStore(clerk, "lyon-part-dieu")).toBe(false);
    expect(canActOnStore(clerk, "online")).toBe(false);
    expect(await grantRole(database.db, { email: "ghost@example.com", role: "staff", storeSlug: null, grantedBy: "boss" })).toEqual({ ok: false, reason: "unknown_account" });
    expect((await listStaff(database.db)).map((m) => m.userId)).toEqual(["boss", "clerk"]);
  });

  it("the last admin can be neither revoked nor demoted", async () => {
    expect(await revokeRole(database.db, "boss")).toEqual({ ok: false, reason: "last_admin" });
    expect(await grantRole(database.db, { email: "boss@example.com", role: "staff", storeSlug: null, grantedBy: "boss" })).toEqual({ ok: false, reason: "last_admin" });
    expect(await revokeRole(database.db, "clerk")).toEqual({ ok: true });
    expect(await staffMemberOf(database.db, "clerk")).toBeNull();
  });

  it("the demo admin is made only when there is neither ADMIN_EMAILS nor an admin", async () => {
    const signedUp: string[] = [];
    const signUp = async ({ email }: { email: string }) => {
      signedUp.push(email);
      await database.db.insert(users).values({ id: "demo", name: "D", email });
    };
    expect(await bootstrapAdmins(database.db, signUp, {})).toBeNull(); // "boss" is already admin
    await revokeRole(database.db, "clerk");
    const fresh = await openDatabase({ dataDir: "memory" });
    try {
      const freshSignUp = async ({ email }: { email: string }) => {
        signedUp.push(email);
        await fresh.db.insert(users).values({ id: "demo", name: "D", email });
      };
      expect(await bootstrapAdmins(fresh.db, freshSignUp, { ADMIN_EMAILS: "x@example.com" })).toBeNull();
      expect(signedUp).toEqual([]);
      expect(await bootstrapAdmins(fresh.db, freshSignUp, {})).toBe(DEMO_ADMIN_EMAIL);
      expect(await staffMemberOf(fresh.db, "demo")).toMatchObject({ role: "admin" });
      expect(await bootstrapAdmins(fresh.db, freshSignUp, {})).toBeNull();
      expect(signedUp).toEqual([DEMO_ADMIN_EMAIL]);
    } finally {
      await fresh.close();
    }
  });
});
