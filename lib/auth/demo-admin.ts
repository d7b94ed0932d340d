import type { Db } from "../db/client";
import { adminEmails, grantRole, hasAnyAdmin, promoteBootstrapAdmins } from "./staff";

export const DEMO_ADMIN_EMAIL = "admin@vitrine.localhost";
export const DEFAULT_DEMO_ADMIN_PASSWORD = "vitrine-demo-admin";

interface SignUp {
  (account: { email: string; password: string; name: string }): Promise<unknown>;
}

/**
 * At server start (docs/back-office.md): accounts listed in ADMIN_EMAILS become admins. Without
 * ADMIN_EMAILS and without any admin yet, the demo gets one documented account
 * (`admin@vitrine.localhost`, password DEMO_ADMIN_PASSWORD) so a newcomer can open /admin;
 * a real deployment sets ADMIN_EMAILS and never gets it.
 */
export async function bootstrapAdmins(db: Db, signUp: SignUp, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  const emails = adminEmails(env);
  if (emails.size > 0) {
    await promoteBootstrapAdmins(db, emails);
    return null;
  }
  if (await hasAnyAdmin(db)) return null;
  const grant = () => grantRole(db, { email: DEMO_ADMIN_EMAIL, role: "admin", storeSlug: null, grantedBy: "demo" });
  if ((await grant()).ok) return DEMO_ADMIN_EMAIL;
  await signUp({ email: DEMO_ADMIN_EMAIL, password: env.DEMO_ADMIN_PASSWORD || DEFAULT_DEMO_ADMIN_PASSWORD, name: "Admin démo" });
  await grant();
  return DEMO_ADMIN_EMAIL;
}
