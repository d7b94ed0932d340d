import "server-only";
import { localizedRedirect } from "../i18n/redirect";
import { getCurrentSession, type CurrentSession } from "./session";

/** For account pages: the session, or a redirect to sign-in that comes back to `path`. */
export async function requireSession(path: string): Promise<CurrentSession> {
  const current = await getCurrentSession();
  if (!current) return localizedRedirect(`/login?next=${encodeURIComponent(path)}`);
  return current;
}
