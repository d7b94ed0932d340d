import type { NextResponse } from "next/server";
import { apiError } from "./api-error";

/** 429 with Retry-After (seconds), in the error shape (docs/security.md). */
export function tooManyRequests(retryAfterSeconds: number, message = "Too many requests from here; try again later."): NextResponse {
  const response = apiError(429, "too_many_requests", message, { retryAfterSeconds });
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}
