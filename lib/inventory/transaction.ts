import type { Db } from "../db/client";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** PostgreSQL's "deadlock detected" and "could not serialize": the transaction may simply be run again. */
const RETRYABLE = new Set(["40P01", "40001"]);

function sqlState(error: unknown): string | undefined {
  // Drizzle wraps driver errors; the SQLSTATE sits on the error or on its cause.
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * Runs `work` in a transaction, again (up to 5 times) when PostgreSQL aborts it to break a
 * deadlock: two orders taking the same SKUs, or an order meeting the reservation sweep, may lock
 * stock rows in opposite orders. Work inside must be safe to repeat from the start, which a
 * rolled-back transaction is.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= 5 || !state || !RETRYABLE.has(state)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
