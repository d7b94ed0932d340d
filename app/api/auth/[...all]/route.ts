import { getAuth } from "@/lib/auth/server";
import { withSecureCookies } from "@/lib/http/secure-cookies";
import { clientAddress, isHttps } from "@/lib/http/forwarded";
import { tooManyRequests } from "@/lib/http/rate-limited";
import { consumeLimit } from "@/lib/limits/limiter";

// better-auth answers every /api/auth/** request (sign-in, sign-up, sign-out, sessions, passkeys).
async function handle(request: Request): Promise<Response> {
  // better-auth limits attempts per minute; accounts created per client are capped per hour too.
  if (request.method === "POST" && new URL(request.url).pathname.endsWith("/sign-up/email")) {
    const limit = await consumeLimit("signUpsPerClient", clientAddress(request.headers));
    if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  }
  const auth = await getAuth();
  const response = await auth.handler(request);
  // Personal answers: never in a shared cache.
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", "private, no-store");
  // Behind a TLS-terminating proxy the configured URL may say http: the shopper's scheme decides.
  if (isHttps(request.headers)) withSecureCookies(headers);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handle as GET, handle as POST };
