import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Orders and reservations are reached by a link holding a secret (no account needed). Only its
 * SHA-256 is stored, so a copy of the database does not open anyone's order.
 */
export function newAccessToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function tokenMatches(token: string | undefined, hash: string): boolean {
  if (!token || token.length > 100) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), "hex"), Buffer.from(hash, "hex"));
}

/** Ids are random too (122 bits), so one leaking in a log reveals nothing about another. */
export function newId(): string {
  return crypto.randomUUID();
}

// No 0/O, 1/I/L: the code is read aloud at a till.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short pickup code such as "K7P2QX"; the reservation id, not the code, is what is unique. */
export function newPickupCode(length = 6): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}
