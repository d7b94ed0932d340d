import { getSessionFromHeaders } from "../auth/session";
import { staffMemberOf, type StaffMember } from "../auth/staff";
import { getDb } from "../db/client";
import { privateError, signedOut } from "./private-response";

/**
 * For every `/api/admin/**` route (docs/back-office.md): 401 signed out, 403 signed in without
 * the role (or without `admin` when the route needs it), else the staff member.
 */
export async function staffOfRequest(
  request: Request,
  { admin = false }: { admin?: boolean } = {},
): Promise<{ ok: true; member: StaffMember } | { ok: false; response: Response }> {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return { ok: false, response: signedOut() };
  const member = await staffMemberOf(await getDb(), current.user.id);
  if (!member || (admin && member.role !== "admin")) {
    return { ok: false, response: privateError(403, "forbidden", admin ? "This needs the admin role." : "This needs a staff role.") };
  }
  return { ok: true, member };
}
