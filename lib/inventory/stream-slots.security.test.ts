import { describe, expect, it } from "vitest";
import { streamCapsFromEnv, StreamSlots } from "./stream-slots";

describe("live stock stream slots", () => {
  it("caps per client and per instance, and gives slots back once", () => {
    const slots = new StreamSlots({ perInstance: 3, perClient: 2 });
    const a1 = slots.acquire("a")!;
    const a2 = slots.acquire("a")!;
    expect(slots.acquire("a")).toBeNull();
    const b1 = slots.acquire("b")!;
    expect(slots.acquire("c")).toBeNull();
    a1();
    a1();
    expect(slots.size).toBe(2);
    expect(slots.acquire("c")).not.toBeNull();
    expect(slots.acquire("a")).toBeNull();
    a2();
    b1();
    expect(slots.size).toBe(1);
  });

  it("reads its caps from the environment, with defaults", () => {
    expect(streamCapsFromEnv({})).toEqual({ perInstance: 1000, perClient: 20 });
    expect(streamCapsFromEnv({ STOCK_STREAMS_PER_INSTANCE: "50", STOCK_STREAMS_PER_CLIENT: "5" })).toEqual({ perInstance: 50, perClient: 5 });
    expect(() => streamCapsFromEnv({ STOCK_STREAMS_PER_CLIENT: "0" })).toThrow();
  });
});
