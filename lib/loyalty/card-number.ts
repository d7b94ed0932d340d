import { randomInt } from "node:crypto";

/**
 * Loyalty card numbers (docs/engagement.md#loyalty-card): EAN-13 in the GS1 "restricted
 * circulation" range, prefixes 20–29, which GS1 leaves to in-house numbering, so a card number
 * never collides with a product's GTIN at the till. Pure, apart from the random draw.
 */

/** The EAN-13 check digit of 12 digits (GS1 General Specifications §7.9.1: weights 1,3 from the left). */
export function ean13CheckDigit(first12: string): number {
  if (!/^[0-9]{12}$/.test(first12)) throw new RangeError("an EAN-13 check digit needs exactly 12 digits");
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** Whether `value` is a card number this shop issues: 13 digits, prefix 20–29, check digit right. */
export function isLoyaltyCardNumber(value: string): boolean {
  return /^2[0-9]{12}$/.test(value) && ean13CheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/** The prefix every Vitrine card starts with (in the restricted range 20–29). */
export const CARD_PREFIX = "29";

/** A fresh random card number: the prefix, 10 random digits, the check digit. */
export function drawCardNumber(random: (max: number) => number = randomInt): string {
  let body = CARD_PREFIX;
  while (body.length < 12) body += String(random(10));
  return body + String(ean13CheckDigit(body));
}
