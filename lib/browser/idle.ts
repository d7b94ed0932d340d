/**
 * Runs `task` when the browser is idle (at the latest after `timeout` ms); where there is no
 * requestIdleCallback, after `fallbackMs`. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, { timeout, fallbackMs }: { timeout: number; fallbackMs: number }): () => void {
  if ("requestIdleCallback" in window) {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, fallbackMs);
  return () => clearTimeout(id);
}

/** As whenIdle, but not before the page's `load` event. */
export function afterLoadWhenIdle(task: () => void, options: { timeout: number; fallbackMs: number }): () => void {
  let cancel = () => {};
  const schedule = () => {
    cancel = whenIdle(task, options);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    cancel();
  };
}

/**
 * Resolves in a task of its own. Islands start their first fetch, storage read or database open
 * after it: React runs every island's mount effects in one task, and each of those first calls
 * costs a slow phone tens of milliseconds, which added up to one long task (docs/benchmarks.md,
 * run 14).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
