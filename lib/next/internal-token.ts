import { randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A secret made at start and known only to this process: it lets the cache-tag listener ask
 * this very server to revalidate tags (POST /api/internal/cache-tags) and nobody else.
 */
const KEY = Symbol.for("vitrine.internalToken");
const store = globalThis as unknown as Record<symbol, string | undefined>;

export function internalToken(): string {
  store[KEY] ??= randomBytes(32).toString("base64url");
  return store[KEY];
}

export function isInternalToken(value: string | null): boolean {
  const expected = store[KEY];
  if (!expected || !value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
