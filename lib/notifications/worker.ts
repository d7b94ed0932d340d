import type { Db } from "../db/client";
import { deliverMessage, type Senders } from "./deliver";
import { claimMessages, settleMessage } from "./outbox";

/**
 * Sends every due message, a batch at a time, until none is left for this instance. Safe to run
 * on every instance at once: each batch is claimed with SKIP LOCKED (lib/notifications/outbox.ts).
 * Returns how many messages this call handled.
 */
export async function drainOutbox(db: Db, senders: Senders, batch = 20): Promise<number> {
  let handled = 0;
  for (;;) {
    const claimed = await claimMessages(db, batch);
    if (claimed.length === 0) return handled;
    for (const message of claimed) {
      const outcome = await deliverMessage(db, message, senders).catch((error: unknown) => ({ status: "retry" as const, error: (error as Error).message }));
      await settleMessage(db, message, outcome);
      handled++;
    }
  }
}

/**
 * Runs `work` now, or once more right after the current run when asked while it runs: wake-ups
 * arriving during a drain are never lost, and never run two drains at once in one process.
 */
export function coalesced(work: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      await work().catch(onError);
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
