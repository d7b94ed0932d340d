import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./server";
import { hasSessionCookie } from "./session-cookie";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface CurrentSession {
  user: SessionUser;
  session: { id: string; visitorId: string | null; expiresAt: Date };
}

/**
 * The signed-in shopper of a request, or null (no cookie, an expired or revoked session).
 * Without a session cookie it answers at once, without touching the database.
 */
export async function getSessionFromHeaders(requestHeaders: Headers): Promise<CurrentSession | null> {
  const names = (requestHeaders.get("cookie") ?? "").split(";").map((part) => part.split("=")[0]!.trim());
  if (!hasSessionCookie(names)) return null;
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: requestHeaders });
  if (!found) return null;
  const { user, session } = found;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    session: { id: session.id, visitorId: (session as { visitorId?: string | null }).visitorId ?? null, expiresAt: new Date(session.expiresAt) },
  };
}

/** For Server Components and server actions: the current request's session (memoised per request). */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => getSessionFromHeaders(await headers()));

/** The signed-in shopper, or null. Server-only; reads the request headers. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/**
 * Whether the request carries a session cookie, without asking the database: enough for the
 * header's account link and for pulling the account cart; an expired session is found out later.
 */
export async function hasSessionCookieOnRequest(): Promise<boolean> {
  return hasSessionCookie((await cookies()).getAll().map((cookie) => cookie.name));
}
