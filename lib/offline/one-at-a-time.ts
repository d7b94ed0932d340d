/**
 * Sends items one request at a time: items pushed while a request is in flight wait and go
 * together in the next one (at most `maxBatch` per request). Each item's promise settles with its
 * request's outcome. `sendWaitingNow` starts the waiting items at once, for a page about to go
 * away. Pure: no browser APIs.
 */
export function oneAtATime<T, R>(send: (items: T[]) => Promise<R>, maxBatch: number) {
  type Entry = { item: T; settle: (result: R) => void; fail: (error: unknown) => void };
  let waiting: Entry[] = [];
  let inFlight = false;

  function start(batch: Entry[]): Promise<void> {
    return send(batch.map((entry) => entry.item)).then(
      (result) => batch.forEach((entry) => entry.settle(result)),
      (error: unknown) => batch.forEach((entry) => entry.fail(error)),
    );
  }

  async function drain(): Promise<void> {
    inFlight = true;
    while (waiting.length) await start(waiting.splice(0, maxBatch));
    inFlight = false;
  }

  return {
    push(items: T[]): Promise<R[]> {
      const done = Promise.all(items.map((item) => new Promise<R>((settle, fail) => waiting.push({ item, settle, fail }))));
      if (!inFlight) void drain();
      return done;
    },
    sendWaitingNow(): void {
      const batch = waiting;
      waiting = [];
      for (let at = 0; at < batch.length; at += maxBatch) void start(batch.slice(at, at + maxBatch));
    },
  };
}
