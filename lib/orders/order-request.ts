import { z } from "zod";
import { MAX_CART_LINES } from "../cart/types";
import { MAX_UNITS_PER_LINE } from "../inventory/stock";
import { frenchPhoneSchema } from "./phone";

export const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const STORE_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const text = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);

export const emailSchema = z.email("must be an email address").max(254, "must be at most 254 characters");
export const skuSchema = z.string().regex(SKU_CODE, "must be a SKU code (letters, digits, '.', '_' or '-', at most 64)");
export const storeSlugSchema = z.string().regex(STORE_SLUG, "must be a store slug");
export const quantitySchema = (max: number) =>
  z.number().int("must be a whole number").min(1, "must be at least 1").max(max, `must be at most ${max}`);

export const RELAY_POINT_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const address = z.object({
  name: text(100),
  line1: text(200),
  postcode: z.string().trim().regex(/^\d{5}$/, "must be a French postcode (5 digits)"),
  city: text(100),
});

/**
 * Delivery: to the shopper's address (`method` "home", the default) or to a relay point
 * (`method` "relay", `relayPoint` and the recipient's `name`); a phone for the carrier either way.
 */
const delivery = z
  .object({
    type: z.literal("delivery"),
    method: z.enum(["home", "relay"]).default("home"),
    address: address.optional(),
    relayPoint: z.string().regex(RELAY_POINT_SLUG, "must be a relay point id").optional(),
    name: text(100).optional(),
    phone: frenchPhoneSchema,
  })
  .superRefine((value, context) => {
    if (value.method === "home" && !value.address) context.addIssue({ code: "custom", path: ["address"], message: "is required for home delivery" });
    if (value.method === "relay") {
      if (!value.relayPoint) context.addIssue({ code: "custom", path: ["relayPoint"], message: "is required for relay delivery" });
      if (!value.name) context.addIssue({ code: "custom", path: ["name"], message: "is required for relay delivery" });
    }
  });

/** `POST /api/orders` body (docs/api.md): the terms of sale (CGV) must be accepted. */
export const orderRequestSchema = z.object({
  email: emailSchema,
  lines: z
    .array(z.object({ sku: skuSchema, quantity: quantitySchema(MAX_UNITS_PER_LINE) }))
    .min(1, "must hold at least one line")
    .max(MAX_CART_LINES, `must hold at most ${MAX_CART_LINES} lines`)
    .refine((lines) => new Set(lines.map((l) => l.sku)).size === lines.length, "must name each SKU once"),
  fulfilment: z.discriminatedUnion("type", [
    delivery,
    // `from: "online"`: shipped from the online warehouse to the store and paid online (in-store
    // mode's "pick up here later", docs/in-store.md); otherwise taken from the store's shelf, paid there.
    z.object({ type: z.literal("pickup"), store: storeSlugSchema, phone: frenchPhoneSchema.optional(), from: z.enum(["store", "online"]).optional() }),
  ]),
  acceptTerms: z.literal(true, "must be true: the terms of sale (CGV) have to be accepted"),
  /** The store the shopper is standing in (in-store mode, docs/in-store.md): the order counts for it. */
  originStore: storeSlugSchema.optional(),
});

export type OrderRequest = z.infer<typeof orderRequestSchema>;
/** What a caller sends, before defaults and normalisation. */
export type OrderRequestInput = z.input<typeof orderRequestSchema>;
