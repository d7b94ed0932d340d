import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "../db/seed/random";
import { mergeCartLines, visibleLines } from "./merge";
import type { CartLine } from "./types";

/**
 * Property test of the cart merge rule against a model. Two devices and the server run random
 * sequences of edits (add, change, remove), syncs (a device PUTs its cart and keeps the merged
 * answer) and offline spells (syncs fail), with clocks that may tie. The model is the rule
 * itself stated plainly: per SKU, of every change ever made anywhere, the one with the latest
 * time wins (a tie goes to the smaller quantity); tombstones count like any change.
 */
const SKUS = ["A", "B", "C", "D", "E"];
const SEQUENCES = 500;

interface Device {
  cart: CartLine[];
  online: boolean;
}

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

function edit(device: Device, random: Random, clock: number): CartLine {
  const sku = random.pick(SKUS);
  const quantity = random.chance(0.35) ? 0 : random.int(1, 5);
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

describe("mergeCartLines against the latest-change-wins model", () => {
  it(`converges to the model on ${SEQUENCES} random two-device sequences`, () => {
    for (let seed = 1; seed <= SEQUENCES; seed++) {
      const random = createRandom(seed);
      const devices: Device[] = [
        { cart: [], online: true },
        { cart: [], online: true },
      ];
      const server = { cart: [] as CartLine[] };
      const changes: CartLine[] = [];
      // Coarse clock steps (some 0) make ties between devices common.
      let clock = Date.UTC(2026, 10, 23);
      const steps = random.int(5, 60);
      for (let step = 0; step < steps; step++) {
        clock += random.int(0, 2) * 1000;
        const device = random.pick(devices);
        const roll = random.next();
        if (roll < 0.55) changes.push(edit(device, random, clock));
        else if (roll < 0.85) sync(device, server);
        else device.online = !device.online;
      }
      for (const device of devices) device.online = true;
      for (let round = 0; round < 2; round++) for (const device of devices) sync(device, server);

      const expected = modelCart(changes);
      expect(server.cart, `seed ${seed}`).toEqual(expected);
      for (const device of devices) expect(device.cart, `seed ${seed}`).toEqual(expected);
    }
  });

  it("is commutative, associative and idempotent on random carts", () => {
    const random = createRandom(7);
    const randomCart = () =>
      SKUS.filter(() => random.chance(0.6)).map((sku) => ({
        sku,
        quantity: random.int(0, 3),
        updatedAt: new Date(Date.UTC(2026, 0, 1) + random.int(0, 5) * 1000).toISOString(),
      }));
    for (let i = 0; i < 300; i++) {
      const [a, b, c] = [randomCart(), randomCart(), randomCart()];
      expect(mergeCartLines(a, b).lines).toEqual(mergeCartLines(b, a).lines);
      expect(mergeCartLines(mergeCartLines(a, b).lines, c).lines).toEqual(mergeCartLines(a, mergeCartLines(b, c).lines).lines);
      expect(mergeCartLines(a, a).lines).toEqual(mergeCartLines(a, []).lines);
      // Reported changes describe exactly the visible difference.
      const { lines, changes } = mergeCartLines(a, b);
      const before = new Map(visibleLines(mergeCartLines(a, []).lines).map((l) => [l.sku, l.quantity]));
      const after = new Map(visibleLines(lines).map((l) => [l.sku, l.quantity]));
      const changed = SKUS.filter((sku) => (before.get(sku) ?? 0) !== (after.get(sku) ?? 0));
      expect(changes.map((change) => change.sku).sort()).toEqual(changed);
    }
  });
});
