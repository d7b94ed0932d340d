import type { NextResponse } from "next/server";
import { apiError } from "./api-error";

/** 429 with Retry-After (seconds), in the error shape (docs/security.md); `too_many_holds` is the caps on active holds. */
export function tooManyRequests(retryAfterSeconds: number, message = "Too many requests from here; try again later.", code: "too_many_requests" | "too_many_holds" = "too_many_requests"): NextResponse {
  const response = apiError(429, code, message, { retryAfterSeconds });
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}
