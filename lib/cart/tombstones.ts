import type { CartLine } from "./types";

/**
 * How long a removal (a tombstone, quantity 0) is kept: long enough for every device that may
 * still hold an older copy of the line to sync and learn it was removed (docs/offline.md,
 * "Cart"). A device that stays offline longer than this may bring a removed line back.
 */
export const TOMBSTONE_TTL_DAYS = 30;
const TTL_MS = TOMBSTONE_TTL_DAYS * 24 * 60 * 60 * 1000;

/** Whether a line is a removal old enough to forget. */
export function isExpiredTombstone(line: CartLine, now: number): boolean {
  return line.quantity === 0 && Date.parse(line.updatedAt) < now - TTL_MS;
}

/** The lines without the tombstones old enough to forget. */
export function withoutExpiredTombstones<T extends CartLine>(lines: T[], now: number): T[] {
  return lines.filter((line) => !isExpiredTombstone(line, now));
}

/** The instant before which tombstones are forgotten. */
export function tombstoneHorizon(now: number): Date {
  return new Date(now - TTL_MS);
}
