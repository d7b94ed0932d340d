import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Db } from "../db/client";
import { siteUrl } from "../http/site-url";
import { formatDayTime } from "../i18n/datetime";
import { getMailer } from "../mail/mailer";
import { getReservation } from "./reservations";

/**
 * Mails the shopper the reservation's pickup code and its link (the only way back to it without
 * an account). Callers run it with `after()`, once the answer is sent, so a slow mail server
 * never holds the shopper up. A mail that cannot be sent is logged, never thrown: the units are
 * held either way and the page the shopper lands on shows the same link.
 */
export async function mailReservation(db: Db, created: { id: string; token: string }): Promise<void> {
  try {
    const reservation = await getReservation(db, created.id, { token: created.token });
    if (!reservation) return;
    const [t, locale] = await Promise.all([getTranslations("mail"), getLocale()]);
    const { store } = reservation;
    const values = {
      product: reservation.product.name,
      label: reservation.sku.label,
      quantity: reservation.quantity,
      store: store.name,
      address: `${store.address}, ${store.postcode} ${store.city}`,
      until: formatDayTime(reservation.expiresAt, locale, { timeZone: store.timezone }),
      code: reservation.code,
      url: `${siteUrl()}/reservations/${created.id}?token=${created.token}`,
    };
    await getMailer().send({ to: reservation.email, subject: t("reservationSubject", values), text: t("reservationBody", values) });
  } catch (error) {
    console.error("[vitrine] reservation mail not sent:", error);
  }
}
