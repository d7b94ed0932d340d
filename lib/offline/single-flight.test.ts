import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("shares the run in flight, and starts a new one after it settles", async () => {
    let calls = 0;
    let release: (value: number) => void = () => undefined;
    const shared = singleFlight(() => {
      calls += 1;
      return new Promise<number>((resolve) => (release = resolve));
    });
    const first = shared();
    const second = shared();
    expect(second).toBe(first);
    release(7);
    expect(await first).toBe(7);
    expect(calls).toBe(1);
    const third = shared();
    release(8);
    expect(await third).toBe(8);
    expect(calls).toBe(2);
  });

  it("starts again after a failed run", async () => {
    let calls = 0;
    const shared = singleFlight(async () => {
      calls += 1;
      if (calls === 1) throw new Error("offline");
      return "ok";
    });
    await expect(shared()).rejects.toThrow("offline");
    await expect(shared()).resolves.toBe("ok");
  });
});
