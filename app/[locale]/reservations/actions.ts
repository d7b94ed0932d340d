"use server";

import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { analyticsContext } from "@/lib/analytics/context";
import { recordServerEvent } from "@/lib/analytics/server-events";
import { getSessionUser } from "@/lib/auth/session";
import { attributionFrom } from "@/lib/campaigns/touch";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/forwarded";
import { localizedRedirect } from "@/lib/i18n/redirect";
import { mailReservation } from "@/lib/inventory/reservation-mail";
import { cancelReservation, createReservation, MAX_RESERVED_UNITS } from "@/lib/inventory/reservations";
import { consumeLimits } from "@/lib/limits/limiter";
import { emailSchema, skuSchema, storeSlugSchema } from "@/lib/orders/order-request";
import { PLACE_COOKIE_MAX_AGE, STORE_COOKIE } from "@/lib/stores/shopper-place";

const formSchema = z.object({
  sku: skuSchema,
  store: storeSlugSchema,
  quantity: z.coerce.number().int().min(1).max(MAX_RESERVED_UNITS),
  email: emailSchema,
});

/** The reservation form: holds the units, remembers the store, opens the reservation's page. */
export async function reserveAction(form: FormData): Promise<void> {
  const parsed = formSchema.safeParse(Object.fromEntries(form));
  const sku = String(form.get("sku") ?? "").slice(0, 64);
  const store = String(form.get("store") ?? "").slice(0, 64);
  const back = (error: string) => `/reservations/new?${new URLSearchParams({ sku, store, error })}`;
  // A wrong e-mail is the shopper's to fix: the form shows it by the field (docs/conventions.md#forms).
  if (!parsed.success) return localizedRedirect(back(parsed.error.issues.some((issue) => issue.path[0] === "email") ? "email" : "invalid"));
  const [user, cookieStore, headerList] = await Promise.all([getSessionUser(), cookies(), headers()]);
  // The form is an unauthenticated write like POST /api/reservations: the same caps (docs/security.md).
  const client = clientAddress(headerList);
  const limit = await consumeLimits([
    ["reservationsPerClient", client],
    ["mailsPerClient", client],
    ["mailsPerRecipient", parsed.data.email],
  ]);
  if (!limit.ok) return localizedRedirect(back("too_many"));
  const db = await getDb();
  const attribution = attributionFrom((name) => cookieStore.get(name)?.value, headerList.get("accept-language"));
  const result = await createReservation(db, { ...parsed.data, userId: user?.id ?? null, clientAddress: client, attribution });
  if (!result.ok) return localizedRedirect(back(result.reason === "out_of_stock" ? "out_of_stock" : result.reason === "too_many_holds" ? "too_many" : "invalid"));
  after(() => mailReservation(db, result));
  const context = analyticsContext((name) => cookieStore.get(name)?.value, (name) => headerList.get(name));
  after(() => recordServerEvent(db, context, { type: "reservation", id: result.id, userId: user?.id ?? null, storeSlug: parsed.data.store, sku: parsed.data.sku }));
  (await cookies()).set(STORE_COOKIE, parsed.data.store, { path: "/", maxAge: PLACE_COOKIE_MAX_AGE, sameSite: "lax" });
  await localizedRedirect(`/reservations/${result.id}?token=${result.token}`);
}

export async function cancelReservationAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "").slice(0, 64);
  const token = String(form.get("token") ?? "").slice(0, 100) || undefined;
  const user = await getSessionUser();
  await cancelReservation(await getDb(), id, { token, userId: user?.id });
  await localizedRedirect(`/reservations/${id}${token ? `?token=${token}` : ""}`);
}
