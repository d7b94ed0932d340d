import { NextResponse } from "next/server";
import { ZodError } from "zod";

/**
 * The one shape every JSON API error takes (docs/conventions.md, docs/api.md): `{"error":{"code","message",…extra}}`.
 * Errors are never cached: a 404 for a product created a second later must not stick.
 */
export function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store" } });
}

export function notFoundError(what: string): NextResponse {
  return apiError(404, "not_found", `${what} not found`);
}

export function badRequest(message: string): NextResponse {
  return apiError(400, "bad_request", message);
}

/** "lat: must be between -90 and 90": the first issue is enough to fix a request, and short. */
export function zodMessage(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid request";
  const where = issue.path.map(String).join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Wraps a route handler so nothing it throws reaches Next as an exception: a zod error (the
 * handler's `schema.parse`) is the caller's fault, a 400; anything else is logged and answered
 * as a 500 in the error shape, without leaking the cause to the client.
 */
export function withApiErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response> | Response,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ZodError) return badRequest(zodMessage(error));
      console.error("[api] unexpected error", error);
      return apiError(500, "internal_error", "Something went wrong on our side; please try again.");
    }
  };
}
