"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { setStockAsStaff } from "@/lib/admin/stock";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { skuSchema, storeSlugSchema } from "@/lib/orders/order-request";

const formSchema = z.object({
  sku: skuSchema,
  location: storeSlugSchema,
  quantity: z.coerce.number().int().min(0).max(100_000),
  q: z.string().max(100).default(""),
});

/** A count from the stock page; open product pages hear it through the stock stream. */
export async function setStockAction(form: FormData): Promise<void> {
  const { member } = await requireStaff("/admin/stock");
  const parsed = formSchema.safeParse(Object.fromEntries(form));
  const sku = String(form.get("sku") ?? "").slice(0, 64);
  const q = String(form.get("q") ?? "").slice(0, 100);
  if (!parsed.success) redirect(`/admin/stock?${new URLSearchParams({ q, sku, result: "invalid" })}`);
  const result = await setStockAsStaff(await getDb(), member, parsed.data);
  redirect(`/admin/stock?${new URLSearchParams({ q, sku, result: result.ok ? "saved" : result.reason, location: parsed.data.location })}`);
}
