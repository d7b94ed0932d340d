import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { idempotencyKeys } from "../db/schema";
import { inTransaction, type Tx } from "../inventory/transaction";

/** What an endpoint answered: replayed as is to a retry with the same key. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

export type IdempotentOutcome =
  | { kind: "fresh"; answer: StoredAnswer }
  | { kind: "replay"; answer: StoredAnswer }
  /** The key was used before with another body. */
  | { kind: "mismatch" };

/** How long a key is remembered; a retry later than this is a new request. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Key order in objects does not change what was asked, so it does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

class RolledBack extends Error {
  constructor(readonly answer: StoredAnswer) {
    super("rolled back");
  }
}

/**
 * Who is asking, so that keys of different callers never meet (docs/security.md): the account
 * when signed in, else the browser's visitor cookie, else the client address. Another caller
 * reusing a key gets an answer of its own, never the first caller's order link.
 */
export function idempotencyCaller(who: { userId?: string | null; visitorId?: string | null; address?: string | null }): string {
  if (who.userId) return `user:${who.userId}`;
  if (who.visitorId) return `visitor:${who.visitorId}`;
  return `address:${who.address ?? "unknown"}`;
}

/**
 * Runs `work` once per (scope, key). The key row is inserted in the same transaction as the work,
 * so a concurrent retry waits on it (unique index) and then replays the committed answer; a crash
 * rolls both back and the retry runs the work itself. `work` returns its answer and whether its
 * writes stand (`keep`): a refusal (409 out of stock, 402 declined…) rolls back its writes AND the
 * key, so a retry after a restock is tried again rather than refused from memory.
 */
export async function runIdempotent(
  db: Db,
  scope: string,
  key: string,
  hash: string,
  work: (tx: Tx) => Promise<{ answer: StoredAnswer; keep: boolean }>,
): Promise<IdempotentOutcome> {
  try {
    return await inTransaction(db, async (tx) => {
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ scope, key, requestHash: hash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      const where = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
      if (inserted.length === 0) {
        const [row] = await tx.select().from(idempotencyKeys).where(where);
        if (!row || row.requestHash !== hash) return { kind: "mismatch" } as const;
        return { kind: "replay", answer: { status: row.status ?? 500, body: row.response } } as const;
      }
      const result = await work(tx);
      if (!result.keep) throw new RolledBack(result.answer);
      await tx.update(idempotencyKeys).set({ status: result.answer.status, response: result.answer.body }).where(where);
      return { kind: "fresh", answer: result.answer } as const;
    });
  } catch (error) {
    if (error instanceof RolledBack) return { kind: "fresh", answer: error.answer };
    throw error;
  }
}

/** Forgets keys older than the TTL (the periodic sweep calls it). */
export async function forgetOldIdempotencyKeys(db: Db, now: Date = new Date()): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000)));
}
