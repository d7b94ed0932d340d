import { describe, expect, it } from "vitest";
import { oneAtATime } from "./one-at-a-time";

/** A send whose requests stay open until the test answers them. */
function controlledSend() {
  const requests: { items: string[]; answer: (result: string) => void; refuse: (error: Error) => void }[] = [];
  let open = 0;
  let mostOpen = 0;
  const send = (items: string[]) =>
    new Promise<string>((resolve, reject) => {
      open += 1;
      mostOpen = Math.max(mostOpen, open);
      const close = () => (open -= 1);
      requests.push({ items, answer: (result) => (close(), resolve(result)), refuse: (error) => (close(), reject(error)) });
    });
  return { send, requests, mostOpen: () => mostOpen };
}

describe("oneAtATime", () => {
  it("sends the first items at once and those pushed meanwhile together, after it", async () => {
    const { send, requests, mostOpen } = controlledSend();
    const sender = oneAtATime(send, 50);
    const first = sender.push(["session"]);
    expect(requests.map((request) => request.items)).toEqual([["session"]]);
    const second = sender.push(["view"]);
    const third = sender.push(["add", "checkout"]);
    expect(requests).toHaveLength(1);
    requests[0]!.answer("sent");
    expect(await first).toEqual(["sent"]);
    await Promise.resolve();
    expect(requests.map((request) => request.items)).toEqual([["session"], ["view", "add", "checkout"]]);
    requests[1]!.answer("retry");
    expect(await second).toEqual(["retry"]);
    expect(await third).toEqual(["retry", "retry"]);
    expect(mostOpen()).toBe(1);
  });

  it("splits what waits into requests of at most maxBatch items", async () => {
    const { send, requests } = controlledSend();
    const sender = oneAtATime(send, 2);
    void sender.push(["a"]);
    void sender.push(["b", "c", "d"]);
    requests[0]!.answer("sent");
    await new Promise((resolve) => setTimeout(resolve));
    requests[1]!.answer("sent");
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests.map((request) => request.items)).toEqual([["a"], ["b", "c"], ["d"]]);
  });

  it("fails the items of a refused request and goes on with the next", async () => {
    const { send, requests } = controlledSend();
    const sender = oneAtATime(send, 50);
    const first = sender.push(["a"]);
    const second = sender.push(["b"]);
    requests[0]!.refuse(new Error("offline"));
    await expect(first).rejects.toThrow("offline");
    await new Promise((resolve) => setTimeout(resolve));
    requests[1]!.answer("sent");
    expect(await second).toEqual(["sent"]);
  });

  it("sends what waits at once when asked (a page going away), without waiting for the request in flight", async () => {
    const { send, requests } = controlledSend();
    const sender = oneAtATime(send, 50);
    void sender.push(["a"]);
    const waiting = sender.push(["b"]);
    sender.sendWaitingNow();
    expect(requests.map((request) => request.items)).toEqual([["a"], ["b"]]);
    requests[1]!.answer("sent");
    expect(await waiting).toEqual(["sent"]);
    requests[0]!.answer("sent");
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests).toHaveLength(2);
  });
});
