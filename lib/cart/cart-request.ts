import { z } from "zod";
import { MAX_CART_LINES, MAX_LINE_QUANTITY, type CartLine } from "./types";

/** A change stamped more than this far ahead of the server's clock is refused, not clamped. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Nothing in a cart predates the project: older stamps are malformed. */
const EARLIEST = Date.UTC(2020, 0, 1);

const lineSchema = z
  .object({
    sku: z.string().min(1).max(64),
    quantity: z.number().int().min(0).max(MAX_LINE_QUANTITY),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/** PUT /api/cart body. Strict: a line carrying anything else (another account's id…) is refused. */
export const cartPutSchema = z
  .object({ lines: z.array(lineSchema).max(MAX_CART_LINES) })
  .strict()
  .superRefine(({ lines }, ctx) => {
    const seen = new Set<string>();
    lines.forEach((line, index) => {
      if (seen.has(line.sku)) ctx.addIssue({ code: "custom", path: ["lines", index, "sku"], message: "appears twice" });
      seen.add(line.sku);
    });
  });

export type CartTimeProblem = { index: number; message: string };

/**
 * Puts every stamp in one form (ISO, UTC, milliseconds) and clamps stamps slightly ahead of
 * `now` to `now`: a device with a fast clock must not win every later merge. A stamp a day or
 * more ahead, or before 2020, is refused.
 */
export function normaliseLineTimes(lines: CartLine[], now: number): { lines: CartLine[] } | { problem: CartTimeProblem } {
  const out: CartLine[] = [];
  for (const [index, line] of lines.entries()) {
    const time = Date.parse(line.updatedAt);
    if (!Number.isFinite(time) || time < EARLIEST) return { problem: { index, message: "updatedAt is not a plausible time" } };
    if (time > now + MAX_CLOCK_SKEW_MS) return { problem: { index, message: "updatedAt is too far in the future" } };
    out.push({ ...line, updatedAt: new Date(Math.min(time, now)).toISOString() });
  }
  return { lines: out };
}
