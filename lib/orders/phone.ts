import { z } from "zod";

/**
 * A French phone number as shoppers type it ("06 12 34 56 78", "06.12.34.56.78",
 * "+33 6 12 34 56 78", "0033612345678"), kept in E.164 ("+33612345678") for the carrier's SMS.
 */
export const frenchPhoneSchema = z
  .string()
  .trim()
  .max(30, "must be at most 30 characters")
  .transform((value) => value.replace(/[\s.\-()]/g, ""))
  .refine((digits) => /^(?:\+33|0033|0)[1-9]\d{8}$/.test(digits), "must be a French phone number (e.g. 06 12 34 56 78 or +33 6 12 34 56 78)")
  .transform((digits) => `+33${digits.replace(/^(?:\+33|0033|0)/, "")}`);
