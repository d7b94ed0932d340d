import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { staffRoles, users } from "../db/schema";

/**
 * Staff roles (docs/back-office.md): an `admin` does everything and grants roles; a `staff`
 * member works the pickup desk, stock and campaigns, and when bound to a store sees only that
 * store. Database code only; the page and API guards are lib/auth/require.ts and lib/http/staff-guard.ts.
 */
export type StaffRole = "admin" | "staff";

export interface StaffMember {
  userId: string;
  email: string;
  role: StaffRole;
  /** Null: every store. */
  storeSlug: string | null;
}

export async function staffMemberOf(db: Db, userId: string): Promise<StaffMember | null> {
  const [row] = await db
    .select({ userId: staffRoles.userId, email: users.email, role: staffRoles.role, storeSlug: staffRoles.storeSlug })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .where(eq(staffRoles.userId, userId));
  return row ?? null;
}

export async function listStaff(db: Db): Promise<StaffMember[]> {
  return db
    .select({ userId: staffRoles.userId, email: users.email, role: staffRoles.role, storeSlug: staffRoles.storeSlug })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .orderBy(asc(users.email));
}

export type GrantResult = { ok: true } | { ok: false; reason: "unknown_account" | "last_admin" };

/** Gives the account with this e-mail a role (replacing any other); the account must exist. */
export async function grantRole(db: Db, grant: { email: string; role: StaffRole; storeSlug: string | null; grantedBy: string | null }): Promise<GrantResult> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, grant.email.trim().toLowerCase()));
  if (!user) return { ok: false, reason: "unknown_account" };
  if (grant.role !== "admin" && (await isLastAdmin(db, user.id))) return { ok: false, reason: "last_admin" };
  const storeSlug = grant.role === "admin" ? null : grant.storeSlug;
  await db
    .insert(staffRoles)
    .values({ userId: user.id, role: grant.role, storeSlug, grantedBy: grant.grantedBy })
    .onConflictDoUpdate({ target: staffRoles.userId, set: { role: grant.role, storeSlug, grantedBy: grant.grantedBy } });
  return { ok: true };
}

async function isLastAdmin(db: Db, userId: string): Promise<boolean> {
  const admins = await db.select({ userId: staffRoles.userId }).from(staffRoles).where(eq(staffRoles.role, "admin"));
  return admins.length === 1 && admins[0]!.userId === userId;
}

/** Takes the role away; the last admin cannot be removed (nobody could grant roles any more). */
export async function revokeRole(db: Db, userId: string): Promise<GrantResult> {
  if (await isLastAdmin(db, userId)) return { ok: false, reason: "last_admin" };
  await db.delete(staffRoles).where(eq(staffRoles.userId, userId));
  return { ok: true };
}

/** `ADMIN_EMAILS=a@x.fr,b@y.fr` → the lower-cased addresses. */
export function adminEmails(env: Record<string, string | undefined> = process.env): Set<string> {
  return new Set(
    (env.ADMIN_EMAILS ?? "")
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** Bootstrap: an account whose e-mail is in ADMIN_EMAILS becomes admin (at sign-up, sign-in and server start). */
export async function promoteBootstrapAdmins(db: Db, emails: Set<string> = adminEmails()): Promise<number> {
  if (emails.size === 0) return 0;
  const found = await db.select({ id: users.id, email: users.email }).from(users).where(sql`lower(${users.email}) in ${[...emails]}`);
  for (const user of found) {
    await db
      .insert(staffRoles)
      .values({ userId: user.id, role: "admin", storeSlug: null, grantedBy: "ADMIN_EMAILS" })
      .onConflictDoUpdate({ target: staffRoles.userId, set: { role: "admin", storeSlug: null, grantedBy: "ADMIN_EMAILS" } });
  }
  return found.length;
}

/** Whether a member may act on a store's pickups and stock. */
export function canActOnStore(member: StaffMember, storeSlug: string): boolean {
  return member.storeSlug === null || member.storeSlug === storeSlug;
}

export async function hasAnyAdmin(db: Db): Promise<boolean> {
  return (await db.select({ userId: staffRoles.userId }).from(staffRoles).where(eq(staffRoles.role, "admin")).limit(1)).length > 0;
}
