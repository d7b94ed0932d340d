import { randomBytes } from "node:crypto";
import type { PaymentProvider } from "./types";

/**
 * The demo's delivery payment, labelled "test payment" wherever a shopper sees it: it moves no
 * money and approves any amount a real acquirer would (positive, below its per-payment ceiling),
 * returning a reference in the same form a provider would.
 */
export const MAX_TEST_PAYMENT_CENTS = 1_000_000;

export const testCardProvider: PaymentProvider = {
  method: "test_card",
  async pay({ amountCents }) {
    if (!Number.isInteger(amountCents) || amountCents <= 0) return { outcome: "declined", reason: "invalid amount" };
    if (amountCents > MAX_TEST_PAYMENT_CENTS) return { outcome: "declined", reason: "amount above the test card's limit" };
    return { outcome: "paid", reference: `test_${randomBytes(9).toString("base64url")}` };
  },
};
