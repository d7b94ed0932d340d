import { z } from "zod";
import { MAX_CART_LINES } from "../cart/types";
import { MAX_UNITS_PER_LINE } from "../inventory/stock";
import { quantitySchema, skuSchema } from "../orders/order-request";

/**
 * The cart as a QR code for the till (docs/in-store.md): only SKU codes and quantities,
 * `SKU*QTY` joined by `~` (characters a SKU code never holds and a URL keeps as they are).
 * Pure: the shopper's QR page writes it, the staff till page reads it.
 */
export interface TillLine {
  sku: string;
  quantity: number;
}

export const TILL_PATH = "/admin/till";

export function encodeTillCart(lines: readonly TillLine[]): string {
  return lines.map((line) => `${line.sku}*${line.quantity}`).join("~");
}

const lineSchema = z.string().transform((part, context) => {
  const at = part.lastIndexOf("*");
  const sku = skuSchema.safeParse(part.slice(0, at));
  const quantity = quantitySchema(MAX_UNITS_PER_LINE).safeParse(Number(part.slice(at + 1)));
  if (at <= 0 || !sku.success || !quantity.success || !/^\d+$/.test(part.slice(at + 1))) {
    context.addIssue({ code: "custom", message: `"${part.slice(0, 80)}" is not SKU*QUANTITY` });
    return z.NEVER;
  }
  return { sku: sku.data, quantity: quantity.data };
});

export const tillCartSchema = z
  .string()
  .min(1, "the cart is empty")
  .max(MAX_CART_LINES * 72)
  .transform((value) => value.split("~"))
  .pipe(z.array(lineSchema).max(MAX_CART_LINES, `at most ${MAX_CART_LINES} lines`))
  .refine((lines) => new Set(lines.map((line) => line.sku)).size === lines.length, "each SKU once");

/** The URL a cashier's device opens: the staff till page, which needs a staff sign-in. */
export function tillUrl(origin: string, lines: readonly TillLine[]): string {
  return `${origin}${TILL_PATH}?c=${encodeTillCart(lines)}`;
}
