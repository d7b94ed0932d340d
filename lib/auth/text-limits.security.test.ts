import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { users } from "../db/schema";
import { TEXT_LIMITS } from "../db/text-limits";
import { createAuth, type Auth } from "./server";

const BASE = "http://localhost:3999";
let database: Database;
let auth: Auth;

function signUp(body: Record<string, unknown>) {
  return auth.handler(
    new Request(`${BASE}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": "10.9.0.1" },
      body: JSON.stringify({ password: "cheval agrafe batterie", ...body }),
    }),
  );
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory" });
  auth = createAuth(database.db, { secret: "test-secret-test-secret-test-secret-42", baseURL: BASE });
});
afterAll(() => database.close());

describe("free-text lengths (docs/security.md)", () => {
  it("refuses a 5 MB sign-up name with a 400, and takes one at the limit", async () => {
    const huge = await signUp({ name: "x".repeat(5 * 1024 * 1024), email: "huge@example.com" });
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ code: "FIELD_TOO_LONG" });
    const atLimit = await signUp({ name: "é".repeat(TEXT_LIMITS.personName), email: "limit@example.com" });
    expect(atLimit.status).toBe(200);
  });

  it("the database refuses what the API would have let through", async () => {
    const row = { id: "u-long", name: "x".repeat(TEXT_LIMITS.personName + 1), email: "long@example.com", emailVerified: false };
    await expect(database.db.insert(users).values(row)).rejects.toThrow();
    await expect(database.db.insert(users).values({ ...row, name: "ok", email: `${"a".repeat(250)}@example.com` })).rejects.toThrow();
  });
});
