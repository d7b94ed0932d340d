import { getDatabase } from "../db/client";
import { forgetOldIdempotencyKeys } from "../orders/idempotency";
import { releaseExpiredHolds } from "./holds";

const globalForSweeper = globalThis as unknown as { vitrineSweeper?: NodeJS.Timeout };

/** How often expired holds (reservations, unpaid pickup orders) are released when nobody reads or writes stock. */
export const SWEEP_INTERVAL_MS = 60_000;

/**
 * Gives back the units of expired reservations and unpaid pickup orders every minute, so the store's level recovers (and
 * open pages hear it) even when no request triggers the lazy sweep. Correctness does not depend
 * on it: every stock decision sweeps first.
 */
export function startReservationSweeper(): void {
  if (globalForSweeper.vitrineSweeper) return;
  globalForSweeper.vitrineSweeper = setInterval(() => {
    void (async () => {
      const { db } = await getDatabase();
      await releaseExpiredHolds(db);
      await forgetOldIdempotencyKeys(db);
    })().catch((error) => console.error("[stock] reservation sweep failed", error));
  }, SWEEP_INTERVAL_MS);
  globalForSweeper.vitrineSweeper.unref();
}
