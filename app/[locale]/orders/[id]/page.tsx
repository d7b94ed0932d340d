import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Satisfaction } from "@/components/prompts/satisfaction-server";
import { formatDayTime } from "@/lib/i18n/datetime";
import { formatDeliveryWindow } from "@/lib/delivery/format";
import { formatPrice } from "@/lib/i18n/format";
import { getOrder } from "@/lib/orders/queries";
import { cancelOrderAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("order");
  return { title: t("title"), robots: { index: false } };
}

/** Order confirmation for the holder of its link or its signed-in owner. */
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { token }, t, locale, user] = await Promise.all([params, searchParams, getTranslations("order"), getLocale(), getSessionUser()]);
  const delivery = await getTranslations("delivery");
  const order = id.length <= 64 ? await getOrder(await getDb(), id, { token: typeof token === "string" ? token : undefined, userId: user?.id }) : null;
  if (!order) notFound();
  const price = (cents: number) => formatPrice(cents, locale);
  const holding = order.state === "open" && order.holdExpiresAt !== null;
  const until = order.holdExpiresAt ? formatDayTime(order.holdExpiresAt, locale, { timeZone: order.store?.timezone }) : "";
  const status =
    order.state === "open"
      ? order.status === "paid"
        ? t("statusPaid")
        : holding
          ? t("statusHeld", { date: until })
          : t("statusAwaitingPickup")
      : order.state === "cancelled"
        ? t("statusCancelled")
        : order.state === "expired"
          ? t("statusExpired")
          : t("statusCollected");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("number", { id: order.id.slice(0, 8).toUpperCase() })}</p>
      </div>
      <p
        role="status"
        className={`rounded-md p-3 font-medium ${order.state === "open" || order.state === "collected" ? "bg-green-50 text-ok" : "bg-stone-100 text-warn"}`}
        data-order-status={order.status}
        data-order-state={order.state}
      >
        {status}
      </p>
      {(order.state === "open" || order.state === "collected") && <Satisfaction moment={order.state === "collected" ? "pickup" : "order"} />}
      <section aria-labelledby="order-items" className="rounded-lg border border-line bg-white p-4">
        <h2 id="order-items" className="mb-2 text-lg font-semibold">
          {t("items")}
        </h2>
        <ul className="flex flex-col divide-y divide-line">
          {order.lines.map((line) => (
            <li key={line.sku} className="flex justify-between gap-3 py-2">
              <span>
                <Link href={`/products/${line.productSlug}?sku=${encodeURIComponent(line.sku)}`} className="underline underline-offset-4">
                  {line.productName}
                </Link>{" "}
                <span className="text-sm text-muted">
                  {line.label} · {line.quantity} × {price(line.unitPriceCents)}
                </span>
              </span>
              <span className="tabular-nums">{price(line.quantity * line.unitPriceCents)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-2 flex justify-between border-t border-line pt-2">
          <span>{t("deliveryFee")}</span>
          <span className="tabular-nums">{order.deliveryFeeCents === 0 ? delivery("free") : price(order.deliveryFeeCents)}</span>
        </p>
        <p className="mt-1 flex justify-between font-semibold">
          <span>{t("total")}</span>
          <span className="tabular-nums" data-order-total={order.totalCents}>
            {price(order.totalCents)}
          </span>
        </p>
      </section>
      <section aria-labelledby="order-fulfilment" className="rounded-lg border border-line bg-white p-4">
        <h2 id="order-fulfilment" className="mb-1 text-lg font-semibold">
          {order.fulfilment === "pickup" ? t("pickupAt") : order.deliveryMethod === "relay" ? t("relayTo") : t("deliveryTo")}
        </h2>
        {order.deliveryEarliest && order.deliveryLatest && order.state === "open" && (
          <p className="mb-2 font-medium">
            {delivery(order.fulfilment === "pickup" ? "ready" : "arrives", { when: formatDeliveryWindow({ earliest: order.deliveryEarliest, latest: order.deliveryLatest }, locale) })}
          </p>
        )}
        {order.store ? (
          <address className="not-italic">
            <Link href={`/stores/${order.store.slug}`} className="underline underline-offset-4">
              {order.store.name}
            </Link>
            <br />
            {order.store.address}, {order.store.postcode} {order.store.city}
          </address>
        ) : (
          order.deliveryAddress && (
            <address className="not-italic">
              {order.deliveryAddress.name}
              <br />
              {order.deliveryAddress.line1}
              <br />
              {order.deliveryAddress.postcode} {order.deliveryAddress.city}
            </address>
          )
        )}
      </section>
      {holding && (
        <form action={cancelOrderAction}>
          <input type="hidden" name="id" value={order.id} />
          {typeof token === "string" && <input type="hidden" name="token" value={token} />}
          <button type="submit" className="rounded-md border border-ink px-4 py-2 font-medium">
            {t("cancel")}
          </button>
        </form>
      )}
      <p className="text-sm text-muted">{t("confirmationFor", { email: order.email })}</p>
      <p className="text-sm text-muted">{t("keepLink")}</p>
    </div>
  );
}
