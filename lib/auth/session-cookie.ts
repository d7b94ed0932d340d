/** better-auth's session cookie names ("__Secure-" prefixed on HTTPS). Pure: no framework imports. */
const SESSION_COOKIE = /^(?:__Secure-)?better-auth\.session_token$/;

/** Whether a request carries a session cookie (valid or not): lets anonymous requests skip the database. */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
