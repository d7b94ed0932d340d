import { NextResponse } from "next/server";
import { apiError } from "./api-error";

/** Personal answers (docs/architecture.md): never in a shared cache, never replayed by the back button. */
export const PRIVATE_NO_STORE = "private, no-store";

export function privateJson(body: unknown, init: ResponseInit = {}): NextResponse {
  const response = NextResponse.json(body, init);
  response.headers.set("Cache-Control", PRIVATE_NO_STORE);
  return response;
}

export function privateError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): NextResponse {
  const response = apiError(status, code, message, extra);
  response.headers.set("Cache-Control", PRIVATE_NO_STORE);
  return response;
}

export const signedOut = () => privateError(401, "unauthorized", "Sign in first: this needs an account.");
