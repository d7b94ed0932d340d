import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { Price } from "@/components/catalog/price";
import { Satisfaction } from "@/components/prompts/satisfaction-server";
import { OpenStatus } from "@/components/stores/open-status";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDayTime } from "@/lib/i18n/datetime";
import { formatPrice } from "@/lib/i18n/format";
import { getReservation } from "@/lib/inventory/reservations";
import { directionsUrl } from "@/lib/stores/directions";
import { cancelReservationAction } from "../actions";
import { PushOptIn } from "@/components/notifications/push-opt-in";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservation");
  return { title: t("title"), robots: { index: false } };
}

/** A reservation for the holder of its link or its signed-in owner: pickup code, QR code, store, expiry. */
export default async function ReservationPage({ params, searchParams }: Props) {
  const [{ id }, { token: rawToken }, t, locale, user] = await Promise.all([params, searchParams, getTranslations("reservation"), getLocale(), getSessionUser()]);
  const token = typeof rawToken === "string" ? rawToken : undefined;
  const reservation = id.length <= 64 ? await getReservation(await getDb(), id, { token, userId: user?.id }) : null;
  if (!reservation) notFound();
  const { store } = reservation;
  // What staff scan at the till: the reservation and its code, nothing personal.
  const qr = await QRCode.toString(`VITRINE-RESERVATION:${reservation.id}:${reservation.code}`, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const until = formatDayTime(reservation.expiresAt, locale, { timeZone: store.timezone });
  const active = reservation.status === "active";
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p role="status" className={`rounded-md p-3 font-medium ${active ? "bg-green-50 text-ok" : "bg-stone-100 text-warn"}`}>
        {active
          ? reservation.readyAt
            ? t("statusReady", { date: until })
            : t("statusActive", { date: until })
          : reservation.status === "expired"
            ? t("statusExpired")
            : reservation.status === "collected"
              ? t("statusCollected")
              : t("statusCancelled")}
      </p>
      {reservation.status === "collected" && <Satisfaction moment="pickup" />}
      {active && (
        <section aria-labelledby="pickup-code" className="flex flex-col items-center gap-3 rounded-lg border border-line bg-white p-4 text-center">
          <h2 id="pickup-code" className="text-lg font-semibold">
            {t("code")}
          </h2>
          <p className="font-mono text-4xl font-bold tracking-[0.3em]" data-pickup-code>
            {reservation.code}
          </p>
          <div role="img" aria-label={t("qrLabel", { code: reservation.code })} className="w-48" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-sm text-muted">{t("showAtTill")}</p>
        </section>
      )}
      {/* "Ready for pickup" by push: offered to the signed-in owner while the units are not on the counter yet. */}
      {active && !reservation.readyAt && user && <PushOptIn />}
      <section aria-labelledby="reserved-item" className="flex flex-col gap-1 rounded-lg border border-line bg-white p-4">
        <h2 id="reserved-item" className="text-lg font-semibold">
          {t("item")}
        </h2>
        <Link href={`/products/${reservation.product.slug}?sku=${encodeURIComponent(reservation.sku.sku)}`} className="font-medium underline underline-offset-4">
          {reservation.product.name}
        </Link>
        <p className="text-sm text-muted">
          {reservation.sku.label} · <Price cents={reservation.sku.priceCents} />
        </p>
        <p>{t("quantityValue", { count: reservation.quantity })}</p>
        <p className="font-semibold">{t("payInStore", { amount: formatPrice(reservation.sku.priceCents * reservation.quantity, locale) })}</p>
        <p className="text-sm text-muted">{t("reservedFor", { email: reservation.email })}</p>
      </section>
      <section aria-labelledby="pickup-store" className="flex flex-col gap-1 rounded-lg border border-line bg-white p-4">
        <h2 id="pickup-store" className="text-lg font-semibold">
          {t("store")}
        </h2>
        <Link href={`/stores/${store.slug}`} className="font-medium underline underline-offset-4">
          {store.name}
        </Link>
        <address className="text-sm not-italic">
          {store.address}, {store.postcode} {store.city}
        </address>
        <OpenStatus store={{ ...store, openNow: false }} />
        <a href={directionsUrl(store)} className="self-start text-sm font-medium underline underline-offset-4">
          {(await getTranslations("availability"))("directionsTo", { name: store.name })}
        </a>
      </section>
      {active && (
        <form action={cancelReservationAction}>
          <input type="hidden" name="id" value={reservation.id} />
          {token && <input type="hidden" name="token" value={token} />}
          <button type="submit" className="rounded-md border border-ink px-4 py-2 font-medium">
            {t("cancel")}
          </button>
        </form>
      )}
      <p className="text-sm text-muted">{t("keepLink")}</p>
    </div>
  );
}
