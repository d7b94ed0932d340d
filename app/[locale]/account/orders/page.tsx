import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/catalog/price";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { listUserReservations } from "@/lib/inventory/reservations";
import { listUserOrders } from "@/lib/orders/queries";
import { formatDayTime } from "@/lib/i18n/datetime";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("ordersTitle"), robots: { index: false } };
}

/** The shopper's click-and-collect reservations and orders, newest first, each linking to its page. */
export default async function OrdersPage() {
  const current = await requireSession("/account/orders");
  const db = await getDb();
  const [t, reservation, order, locale, reservations, orders] = await Promise.all([
    getTranslations("account"),
    getTranslations("reservation"),
    getTranslations("order"),
    getLocale(),
    listUserReservations(db, current.user.id),
    listUserOrders(db, current.user.id),
  ]);
  const when = (date: Date) => formatDayTime(date, locale, { weekday: false, year: true });
  const reservationStatus = (status: (typeof reservations)[number]["status"], expiresAt: Date) =>
    status === "active" ? reservation("statusActive", { date: when(expiresAt) }) : status === "expired" ? reservation("statusExpired") : reservation("statusCancelled");
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t("ordersTitle")}</h1>
      <section aria-labelledby="reservations-title" className="flex flex-col gap-3">
        <h2 id="reservations-title" className="text-xl font-semibold">
          {t("reservationsHeading")}
        </h2>
        {reservations.length === 0 ? (
          <p className="text-muted">{t("reservationsEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {reservations.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 rounded-lg border border-line bg-white p-4">
                <Link href={`/reservations/${item.id}`} className="font-medium underline-offset-4 hover:underline">
                  {item.product.name} · {item.sku.label}
                </Link>
                <p className="text-sm">{t("reservationSummary", { store: item.store.name, code: item.code, count: item.quantity })}</p>
                <p className={`text-sm ${item.status === "active" ? "text-ok" : "text-muted"}`}>{reservationStatus(item.status, item.expiresAt)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="orders-title" className="flex flex-col gap-3">
        <h2 id="orders-title" className="text-xl font-semibold">
          {t("ordersHeading")}
        </h2>
        {orders.length === 0 ? (
          <p className="text-muted">{t("ordersEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {orders.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 rounded-lg border border-line bg-white p-4">
                <Link href={`/orders/${item.id}`} className="font-medium underline-offset-4 hover:underline">
                  {order("number", { id: item.id.slice(0, 8).toUpperCase() })}
                </Link>
                <p className="text-sm">
                  {when(item.createdAt)} · {t("orderItems", { count: item.lines.reduce((sum, line) => sum + line.quantity, 0) })} · <Price cents={item.totalCents} />
                </p>
                <p className="text-sm text-muted">
                  {item.fulfilment === "pickup" && item.store ? `${order("pickupAt")} ${item.store.name} · ` : ""}
                  {item.state === "cancelled"
                    ? order("statusCancelled")
                    : item.state === "expired"
                      ? order("statusExpired")
                      : item.state === "collected"
                        ? order("statusCollected")
                        : item.status === "paid"
                          ? order("statusPaid")
                          : order("statusAwaitingPickup")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
