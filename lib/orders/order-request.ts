import { z } from "zod";
import { MAX_CART_LINES } from "../cart/types";
import { MAX_UNITS_PER_LINE } from "../inventory/stock";

export const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const STORE_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const text = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);

export const emailSchema = z.email("must be an email address").max(254, "must be at most 254 characters");
export const skuSchema = z.string().regex(SKU_CODE, "must be a SKU code (letters, digits, '.', '_' or '-', at most 64)");
export const storeSlugSchema = z.string().regex(STORE_SLUG, "must be a store slug");
export const quantitySchema = (max: number) =>
  z.number().int("must be a whole number").min(1, "must be at least 1").max(max, `must be at most ${max}`);

/** `POST /api/orders` body (docs/api.md). */
export const orderRequestSchema = z.object({
  email: emailSchema,
  lines: z
    .array(z.object({ sku: skuSchema, quantity: quantitySchema(MAX_UNITS_PER_LINE) }))
    .min(1, "must hold at least one line")
    .max(MAX_CART_LINES, `must hold at most ${MAX_CART_LINES} lines`)
    .refine((lines) => new Set(lines.map((l) => l.sku)).size === lines.length, "must name each SKU once"),
  fulfilment: z.discriminatedUnion("type", [
    z.object({
      type: z.literal("delivery"),
      address: z.object({
        name: text(100),
        line1: text(200),
        postcode: z.string().trim().regex(/^\d{5}$/, "must be a French postcode (5 digits)"),
        city: text(100),
      }),
    }),
    // `from: "online"`: shipped from the online warehouse to the store and paid online (in-store
    // mode's "pick up here later", docs/in-store.md); otherwise taken from the store's shelf, paid there.
    z.object({ type: z.literal("pickup"), store: storeSlugSchema, from: z.enum(["store", "online"]).optional() }),
  ]),
  /** The store the shopper is standing in (in-store mode, docs/in-store.md): the order counts for it. */
  originStore: storeSlugSchema.optional(),
});

export type OrderRequest = z.infer<typeof orderRequestSchema>;
