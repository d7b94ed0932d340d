import { eq } from "drizzle-orm";
import type { PickupKind } from "../admin/pickup-kind";
import { orders, reservations, stores } from "../db/schema";
import { localizedPath } from "../i18n/paths";
import type { Tx } from "../inventory/transaction";
import { enqueueMessage } from "./outbox";
import { textsFor } from "./texts";

/**
 * "Your order is ready" (docs/back-office.md), written to the outbox in the pickup desk's own
 * transaction: a push to the shopper's devices when they have any, else the e-mail the desk has
 * always sent, in the language the shopper used when reserving or ordering (not the clerk's).
 */
export async function enqueuePickupReady(tx: Tx, kind: PickupKind, id: string, code: string): Promise<void> {
  const [found] =
    kind === "reservation"
      ? await tx
          .select({ email: reservations.email, userId: reservations.userId, locale: reservations.locale, store: stores })
          .from(reservations)
          .innerJoin(stores, eq(stores.slug, reservations.storeSlug))
          .where(eq(reservations.id, id))
      : await tx
          .select({ email: orders.email, userId: orders.userId, locale: orders.locale, store: stores })
          .from(orders)
          .innerJoin(stores, eq(stores.slug, orders.storeSlug))
          .where(eq(orders.id, id));
  if (!found) return;
  const { store } = found;
  const values = { code, store: store.name, address: `${store.address}, ${store.postcode} ${store.city}`, phone: store.phone };
  const [{ locale, t }, mail] = await Promise.all([textsFor(found.locale, "notifications"), textsFor(found.locale, "mail")]);
  const [subject, body] = kind === "reservation" ? ["readySubjectReservation", "readyBodyReservation"] : ["readySubjectOrder", "readyBodyOrder"];
  await enqueueMessage(tx, {
    kind: "pickup_ready",
    topic: "orderUpdates",
    channel: found.userId ? "push" : "email",
    requested: true,
    userId: found.userId,
    email: found.email,
    title: t("pickupReadyTitle", values),
    body: t(kind === "reservation" ? "pickupReadyReservation" : "pickupReadyOrder", values),
    url: localizedPath("/account/orders", locale),
    mailSubject: mail.t(subject, values),
    mailText: mail.t(body, values),
  });
}
