import type { NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { privateJson } from "@/lib/http/private-response";

export const dynamic = "force-dynamic";

/**
 * `{"signedIn":bool}`: whether this browser carries a session cookie, for the cached pages'
 * header (docs/api.md). No database read: an expired session is found out by /account.
 */
export function GET(request: NextRequest) {
  return privateJson({ signedIn: hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name)) });
}
