import { describe, expect, it } from "vitest";
import { settleCpu, type CpuTimes } from "./settle";

/** A sampler that replays windows of the given busy shares (1 = all cores busy). */
function windows(busy: number[]): () => CpuTimes {
  let idle = 0;
  let total = 0;
  let sampled = 0;
  return () => {
    // Every second sample closes a window: advance the counters by that window's share.
    if (sampled++ % 2 === 1) {
      const share = busy.shift() ?? 0;
      total += 100;
      idle += 100 * (1 - share);
    }
    return { idle, total };
  };
}

const noSleep = async () => {};

describe("settleCpu", () => {
  it("waits through busy windows and starts on the first quiet one", async () => {
    const result = await settleCpu({ busyBelow: 0.15, windowMs: 500, maxMs: 15_000, sample: windows([0.9, 0.6, 0.1]), sleep: noSleep });
    expect(result).toEqual({ waitedMs: 1_500, settled: true });
  });

  it("gives up after maxMs on a machine that stays busy", async () => {
    const result = await settleCpu({ busyBelow: 0.15, windowMs: 500, maxMs: 2_000, sample: windows(Array(10).fill(0.5)), sleep: noSleep });
    expect(result).toEqual({ waitedMs: 2_000, settled: false });
  });

  it("does not wait at all when maxMs is 0", async () => {
    expect(await settleCpu({ busyBelow: 0.15, windowMs: 500, maxMs: 0, sample: windows([1]), sleep: noSleep })).toEqual({ waitedMs: 0, settled: true });
  });

  it("reads the real machine", async () => {
    const result = await settleCpu({ busyBelow: 1.01, windowMs: 100, maxMs: 1_000 });
    expect(result).toEqual({ waitedMs: 100, settled: true });
  });
});
