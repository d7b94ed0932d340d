import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeCartLines, visibleLines } from "./merge";
import type { CartLine } from "./types";

/**
 * Property tests (fast-check) of the cart merge rule against a model. Two devices and the server
 * run generated sequences of edits (add, change, remove), syncs (a device PUTs its cart and keeps
 * the merged answer) and offline spells (syncs fail), with clocks that may tie. The model is the
 * rule itself stated plainly: per SKU, of every change ever made anywhere, the one with the latest
 * time wins (a tie goes to the smaller quantity); tombstones count like any change. A failure is
 * shrunk by fast-check to the shortest sequence that still breaks the rule.
 */
const SKUS = ["A", "B", "C", "D", "E"];
const SEQUENCES = 500;
const START = Date.UTC(2026, 10, 23);

interface Device {
  cart: CartLine[];
  online: boolean;
}

type Step =
  | { kind: "edit"; device: 0 | 1; sku: string; quantity: number; tick: number }
  | { kind: "sync"; device: 0 | 1; tick: number }
  | { kind: "toggle"; device: 0 | 1; tick: number };

const device = fc.constantFrom<0 | 1>(0, 1);
/** Coarse clock steps (some 0) make ties between devices common. */
const tick = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 55, arbitrary: fc.record({ kind: fc.constant("edit" as const), device, sku: fc.constantFrom(...SKUS), quantity: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })), tick }) },
  { weight: 30, arbitrary: fc.record({ kind: fc.constant("sync" as const), device, tick }) },
  { weight: 15, arbitrary: fc.record({ kind: fc.constant("toggle" as const), device, tick }) },
);

function modelCart(changes: CartLine[]): CartLine[] {
  const best = new Map<string, CartLine>();
  for (const change of changes) {
    const seen = best.get(change.sku);
    const t = Date.parse(change.updatedAt);
    const s = seen ? Date.parse(seen.updatedAt) : -Infinity;
    if (!seen || t > s || (t === s && change.quantity < seen.quantity)) best.set(change.sku, change);
  }
  return [...best.values()].sort((a, b) => a.sku.localeCompare(b.sku));
}

function edit(device: Device, sku: string, quantity: number, clock: number): CartLine {
  // As lib/offline/outbox.ts nextChangeTime: a new change is stamped after the line it replaces.
  const previous = device.cart.find((line) => line.sku === sku);
  const time = previous ? Math.max(clock, Date.parse(previous.updatedAt) + 1) : clock;
  const change = { sku, quantity, updatedAt: new Date(time).toISOString() };
  device.cart = mergeCartLines(device.cart, [change]).lines;
  return change;
}

function sync(device: Device, server: { cart: CartLine[] }) {
  if (!device.online) return;
  server.cart = mergeCartLines(server.cart, device.cart).lines;
  device.cart = mergeCartLines(device.cart, server.cart).lines;
}

const cart: fc.Arbitrary<CartLine[]> = fc.uniqueArray(
  fc.record({
    sku: fc.constantFrom(...SKUS),
    quantity: fc.integer({ min: 0, max: 3 }),
    updatedAt: fc.integer({ min: 0, max: 5 }).map((second) => new Date(Date.UTC(2026, 0, 1) + second * 1000).toISOString()),
  }),
  { selector: (line) => line.sku },
);

describe("mergeCartLines against the latest-change-wins model", () => {
  it(`converges to the model on ${SEQUENCES} generated two-device sequences`, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60 }), (steps) => {
        const devices: Device[] = [
          { cart: [], online: true },
          { cart: [], online: true },
        ];
        const server = { cart: [] as CartLine[] };
        const changes: CartLine[] = [];
        let clock = START;
        for (const current of steps) {
          clock += current.tick * 1000;
          const on = devices[current.device]!;
          if (current.kind === "edit") changes.push(edit(on, current.sku, current.quantity, clock));
          else if (current.kind === "sync") sync(on, server);
          else on.online = !on.online;
        }
        for (const on of devices) on.online = true;
        for (let round = 0; round < 2; round++) for (const on of devices) sync(on, server);

        const expected = modelCart(changes);
        expect(server.cart).toEqual(expected);
        for (const on of devices) expect(on.cart).toEqual(expected);
      }),
      { numRuns: SEQUENCES },
    );
  });

  it("is commutative, associative and idempotent, and reports exactly the visible changes", () => {
    fc.assert(
      fc.property(cart, cart, cart, (a, b, c) => {
        expect(mergeCartLines(a, b).lines).toEqual(mergeCartLines(b, a).lines);
        expect(mergeCartLines(mergeCartLines(a, b).lines, c).lines).toEqual(mergeCartLines(a, mergeCartLines(b, c).lines).lines);
        expect(mergeCartLines(a, a).lines).toEqual(mergeCartLines(a, []).lines);
        const { lines, changes } = mergeCartLines(a, b);
        const before = new Map(visibleLines(mergeCartLines(a, []).lines).map((l) => [l.sku, l.quantity]));
        const after = new Map(visibleLines(lines).map((l) => [l.sku, l.quantity]));
        const changed = SKUS.filter((sku) => (before.get(sku) ?? 0) !== (after.get(sku) ?? 0));
        expect(changes.map((change) => change.sku).sort()).toEqual(changed);
      }),
      { numRuns: 300 },
    );
  });
});
