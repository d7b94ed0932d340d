"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";
import { cartLinesSchema, quoteCartLines, type QuotedLine } from "@/lib/orders/quote";
import { getPreferences } from "@/lib/preferences/preferences";
import { pickupStores, preselectedPickupStore, type PickupChoice } from "@/lib/stores/pickup-stores";
import { NEAR_COOKIE, resolveShopperOrigin, STORE_COOKIE } from "@/lib/stores/shopper-place";

/** The checkout form's quote (lib/orders/quote.ts), handed to it as a prop by the page, bound to the page's language. */
export async function quoteCart(locale: unknown, input: unknown): Promise<QuotedLine[]> {
  return quoteCartLines(await getDb(), input, isLocale(locale) ? locale : DEFAULT_LOCALE);
}

const pickupQuery = z.object({
  lines: cartLinesSchema,
  lat: z.string().max(24).optional(),
  lng: z.string().max(24).optional(),
  near: z.string().max(100).optional(),
});

/**
 * Checkout's pickup stores (docs/delivery.md#store-pickup): nearest first from the position the
 * browser gave (already permitted), else a typed postcode or city, else the remembered position;
 * otherwise the favourite store first. Each with the cart lines it holds.
 */
export async function pickupStoresFor(input: unknown): Promise<PickupChoice> {
  const parsed = pickupQuery.safeParse(input);
  const query = parsed.success ? parsed.data : { lines: [] };
  const [jar, user, db] = await Promise.all([cookies(), getSessionUser(), getDb()]);
  const favourite = (user ? (await getPreferences(db, user.id)).favouriteStore : null) ?? jar.get(STORE_COOKIE)?.value ?? null;
  const shopper = resolveShopperOrigin({ lat: query.lat, lng: query.lng, near: query.near, nearCookie: jar.get(NEAR_COOKIE)?.value });
  const origin = shopper.kind === "none" ? null : shopper.origin;
  const stores = await pickupStores(db, query.lines, origin, favourite);
  return { stores, preselected: preselectedPickupStore(stores, favourite), byDistance: origin !== null, unknownPlace: shopper.kind === "none" && !!shopper.unknownPlace };
}
