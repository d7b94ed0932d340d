import { createTranslator } from "next-intl";
import type { Db } from "../db/client";
import { formatDeliveryWindow } from "../delivery/format";
import { getDeliveryConfig } from "../delivery/config";
import { siteUrl } from "../http/site-url";
import { formatPrice } from "../i18n/format";
import { isLocale, type Locale } from "../i18n/locale";
import { getMailer, type Mailer } from "../mail/mailer";
import { orderUrl } from "./place-order";
import { getOrder } from "./queries";

const catalogs: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import("../../messages/fr.json"),
  en: () => import("../../messages/en.json"),
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The order confirmation (docs/delivery.md#confirmation-e-mail), in the language the shopper
 * ordered in: lines, delivery fee, total, how and when it arrives, the returns promise and the
 * order's link. Run after the answer is sent; a mail that cannot go is logged, never thrown: the
 * order stands and the confirmation page shows the same link.
 */
export async function mailOrderConfirmation(db: Db, created: { id: string; token: string }, mailer: Mailer = getMailer()): Promise<void> {
  try {
    const order = await getOrder(db, created.id, { token: created.token });
    if (!order) return;
    const locale: Locale = isLocale(order.locale) ? order.locale : "fr";
    const t = createTranslator({ locale, messages: (await catalogs[locale]()).default, namespace: "orderMail" as never }) as unknown as Translate;
    const price = (cents: number) => formatPrice(cents, locale);
    const number = order.id.slice(0, 8).toUpperCase();
    const lines = order.lines.map((line) => t("line", { product: line.productName, label: line.label, quantity: line.quantity, price: price(line.quantity * line.unitPriceCents) }));
    const when = order.deliveryEarliest && order.deliveryLatest ? formatDeliveryWindow({ earliest: order.deliveryEarliest, latest: order.deliveryLatest }, locale) : null;
    const method = order.deliveryMethod ?? (order.fulfilment === "pickup" ? "pickup" : "home");
    const place = order.store
      ? `${order.store.name}, ${order.store.address}, ${order.store.postcode} ${order.store.city}`
      : order.deliveryAddress
        ? `${order.deliveryAddress.name}, ${order.deliveryAddress.line1}, ${order.deliveryAddress.postcode} ${order.deliveryAddress.city}`
        : "";
    const text = [
      t("greeting"),
      t(order.status === "paid" ? "intro" : "introPayAtPickup", { number }),
      lines.join("\n"),
      [
        t("subtotal", { amount: price(order.totalCents - order.deliveryFeeCents) }),
        order.deliveryFeeCents > 0 ? t("fee", { amount: price(order.deliveryFeeCents) }) : t("feeFree"),
        t("total", { amount: price(order.totalCents) }),
      ].join("\n"),
      [t(`method.${method}`, { place }), when ? t(method === "pickup" ? "readyOn" : "arrivesOn", { when }) : null].filter(Boolean).join("\n"),
      t("returns", { days: getDeliveryConfig().returnsDays }),
      t("link", { url: `${siteUrl()}${locale === "en" ? "/en" : ""}${orderUrl(order.id, created.token)}` }),
      t("signature"),
    ].join("\n\n");
    await mailer.send({ to: order.email, subject: t("subject", { number }), text });
  } catch (error) {
    console.error("[vitrine] order confirmation mail not sent:", error);
  }
}
