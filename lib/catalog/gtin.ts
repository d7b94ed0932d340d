/**
 * GTINs (the barcodes on tags: EAN-13, UPC-A, EAN-8, GTIN-14). The last digit is a GS1 check
 * digit over the others: weights 3 and 1 alternating from the right. Pure module.
 */

const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

/** The check digit of `body` (the GTIN without its last digit). */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `code` is a GTIN-8, -12, -13 or -14 with a correct check digit. */
export function isValidGtin(code: string): boolean {
  if (!/^\d+$/.test(code) || !GTIN_LENGTHS.has(code.length)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/**
 * The demo catalog's EAN-13 for its n-th SKU (n ≥ 1): prefix 200, which GS1 keeps for
 * in-house numbering, so a demo code never matches a real product.
 */
export function demoGtin(n: number): string {
  const body = `200${String(n).padStart(9, "0")}`;
  return body + gtinCheckDigit(body);
}
