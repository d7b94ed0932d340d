/** Adds `Secure` to every `Set-Cookie` of `headers` that lacks it (the shopper is on HTTPS). */
export function withSecureCookies(headers: Headers): void {
  const cookies = headers.getSetCookie();
  if (cookies.length === 0) return;
  headers.delete("set-cookie");
  for (const cookie of cookies) headers.append("set-cookie", /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
}
