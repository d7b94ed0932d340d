import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Db } from "../db/client";
import { orders, reservations, stores } from "../db/schema";
import { isLocale, type Locale } from "../i18n/locale";
import { getMailer } from "../mail/mailer";
import { orderNumber, type PickupKind } from "./pickups";

const catalogs: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import("../../messages/fr.json"),
  en: () => import("../../messages/en.json"),
};

/**
 * "Your order is ready" (docs/back-office.md), in the language the shopper used when reserving
 * or ordering (not the clerk's). Run after the answer is sent; a mail that cannot go is logged,
 * never thrown: the desk's move stands either way.
 */
export async function mailPickupReady(db: Db, kind: PickupKind, id: string): Promise<void> {
  try {
    const found =
      kind === "reservation"
        ? (
            await db
              .select({ email: reservations.email, locale: reservations.locale, code: reservations.code, until: reservations.expiresAt, store: stores })
              .from(reservations)
              .innerJoin(stores, eq(stores.slug, reservations.storeSlug))
              .where(eq(reservations.id, id))
          )[0]
        : (
            await db
              .select({ email: orders.email, locale: orders.locale, code: orders.id, until: orders.readyAt, store: stores })
              .from(orders)
              .innerJoin(stores, eq(stores.slug, orders.storeSlug))
              .where(eq(orders.id, id))
          )[0];
    if (!found) return;
    const locale: Locale = isLocale(found.locale) ? found.locale : "fr";
    const t = createTranslator({ locale, messages: (await catalogs[locale]()).default, namespace: "mail" as never }) as unknown as (key: string, values: Record<string, string>) => string;
    const { store } = found;
    const values = {
      code: kind === "reservation" ? found.code : orderNumber(found.code),
      store: store.name,
      address: `${store.address}, ${store.postcode} ${store.city}`,
      phone: store.phone,
    };
    const [subject, body] = kind === "reservation" ? ["readySubjectReservation", "readyBodyReservation"] : ["readySubjectOrder", "readyBodyOrder"];
    await getMailer().send({ to: found.email, subject: t(subject, values), text: t(body, values) });
  } catch (error) {
    console.error("[vitrine] pickup-ready mail not sent:", error);
  }
}
