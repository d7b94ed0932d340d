/**
 * Waits for the machine's CPUs to go quiet before a Lighthouse run. The server and Chromium share
 * two cores with whatever else runs: a bench started just after a build or an e2e run scored its
 * pages 4–8 points further behind the bare page than a quiet one (docs/benchmarks.md, run 16).
 */
import os from "node:os";
import { setTimeout as wait } from "node:timers/promises";

export interface CpuTimes {
  idle: number;
  total: number;
}

export function cpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

export interface SettleOptions {
  /** Quiet means busy below this share of all cores over one window. */
  busyBelow: number;
  windowMs: number;
  /** Gives up after this long and lets the run start anyway (0: never waits). */
  maxMs: number;
  sample?: () => CpuTimes;
  sleep?: (ms: number) => Promise<void>;
}

export async function settleCpu({ busyBelow, windowMs, maxMs, sample = cpuTimes, sleep = wait }: SettleOptions): Promise<{ waitedMs: number; settled: boolean }> {
  let waitedMs = 0;
  while (waitedMs < maxMs) {
    const before = sample();
    await sleep(windowMs);
    waitedMs += windowMs;
    const after = sample();
    const total = after.total - before.total;
    if (total > 0 && 1 - (after.idle - before.idle) / total < busyBelow) return { waitedMs, settled: true };
  }
  return { waitedMs, settled: maxMs === 0 };
}
