import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../db/client";
import { localizedRedirect } from "../i18n/redirect";
import { getCurrentSession, type CurrentSession } from "./session";
import { staffMemberOf, type StaffMember } from "./staff";

/** For account pages: the session, or a redirect to sign-in that comes back to `path`. */
export async function requireSession(path: string): Promise<CurrentSession> {
  const current = await getCurrentSession();
  if (!current) return localizedRedirect(`/login?next=${encodeURIComponent(path)}`);
  return current;
}

/**
 * For every back-office page and server action (docs/back-office.md): signed out → sign-in,
 * signed in without the role → 404 (the back office does not admit it exists).
 */
export async function requireStaff(path: string, { admin = false }: { admin?: boolean } = {}): Promise<{ session: CurrentSession; member: StaffMember }> {
  const session = await requireSession(path);
  const member = await staffMemberOf(await getDb(), session.user.id);
  if (!member || (admin && member.role !== "admin")) notFound();
  return { session, member };
}
