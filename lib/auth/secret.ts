import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { appSecrets } from "../db/schema";

/**
 * better-auth's signing secret. BETTER_AUTH_SECRET wins; without it the first instance to start
 * generates one and keeps it in the database, so every instance of a multi-instance tier signs
 * alike and restarts do not sign everyone out. Never committed, never logged.
 */
export async function authSecret(db: Db, env: string | undefined = process.env.BETTER_AUTH_SECRET): Promise<string> {
  if (env) return env;
  const generated = randomBytes(32).toString("base64url");
  // Two instances starting at once: the first insert wins and both read it back.
  await db.insert(appSecrets).values({ name: "better_auth_secret", value: generated }).onConflictDoNothing();
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, "better_auth_secret"));
  if (!row) throw new Error("auth secret could not be stored");
  return row.value;
}
