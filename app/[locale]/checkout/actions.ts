"use server";

import { getDb } from "@/lib/db/client";
import { quoteCartLines, type QuotedLine } from "@/lib/orders/quote";

/** The checkout form's quote (lib/orders/quote.ts), handed to it as a prop by the page. */
export async function quoteCart(input: unknown): Promise<QuotedLine[]> {
  return quoteCartLines(await getDb(), input);
}
