/**
 * Wraps `run` so that callers arriving while a run is in flight share it instead of starting
 * another (one sync or flush at a time per page or worker). Pure: no browser APIs.
 */
export function singleFlight<A extends unknown[], T>(run: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let running: Promise<T> | undefined;
  return (...args) =>
    (running ??= run(...args).finally(() => {
      running = undefined;
    }));
}
