"use server";

import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { localizedRedirect } from "@/lib/i18n/redirect";
import { cancelPickupOrder } from "@/lib/orders/pickup-hold";

/** The shopper cancels their unpaid pickup order from its page; the page then shows the new state. */
export async function cancelOrderAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "").slice(0, 64);
  const token = String(form.get("token") ?? "").slice(0, 100) || undefined;
  const user = await getSessionUser();
  await cancelPickupOrder(await getDb(), id, { token, userId: user?.id });
  await localizedRedirect(`/orders/${id}${token ? `?token=${token}` : ""}`);
}
