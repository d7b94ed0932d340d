import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Price } from "@/components/catalog/price";
import { stockText } from "@/components/stores/availability-store-card";
import { OpenStatus } from "@/components/stores/open-status";
import { getSessionUser } from "@/lib/auth/session";
import { availabilityUrl } from "@/lib/catalog/sku-choice";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locale";
import { releaseExpiredHolds } from "@/lib/inventory/holds";
import { holdMinutes, MAX_RESERVED_UNITS } from "@/lib/inventory/reservations";
import { skuSummaries } from "@/lib/inventory/sku-summary";
import { stockAt } from "@/lib/inventory/stock";
import { getStore } from "@/lib/stores/queries";
import { reserveAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 100) : "");

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservation");
  return { title: t("newTitle"), robots: { index: false } };
}

/** The reservation form for one SKU at one store (reached from the availability page's "Réserver en magasin"). */
export default async function NewReservationPage({ params, searchParams }: Props) {
  const [{ locale }, query, t, forms] = await Promise.all([params, searchParams, getTranslations("reservation"), getTranslations("forms")]);
  if (!isLocale(locale)) notFound();
  const db = await getDb();
  const [[item], store, user] = await Promise.all([skuSummaries(db, [one(query.sku)], locale), getStore(db, one(query.store)), getSessionUser()]);
  if (!item || !store) notFound();
  await releaseExpiredHolds(db);
  const available = await stockAt(db, item.sku, store.slug);
  const error = one(query.error);
  const fieldClass = "rounded-md border border-stone-400 px-3 py-2";
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <h1 className="text-3xl font-semibold tracking-tight">{t("newTitle")}</h1>
      <section className="flex flex-col gap-1 rounded-lg border border-line bg-white p-4" aria-label={t("item")}>
        <p className="font-semibold">{item.productName}</p>
        <p className="text-sm text-muted">
          {item.label} · <Price cents={item.priceCents} />
        </p>
        <p className="mt-2 font-medium">{store.name}</p>
        <p className="text-sm">
          {store.address}, {store.postcode} {store.city}
        </p>
        <OpenStatus store={store} />
        <p className="font-semibold">{await stockText(available)}</p>
      </section>
      {error && error !== "email" && (
        <p role="alert" className="rounded-md border border-warn p-3 text-warn">
          {error === "out_of_stock" ? t("errorOutOfStock") : error === "too_many" ? t("errorTooMany") : t("errorInvalid")}
        </p>
      )}
      {available === 0 ? (
        <p className="rounded-md bg-stone-100 p-4">{t("unavailable")}</p>
      ) : (
        <form action={reserveAction} noValidate className="flex flex-col gap-4">
          <input type="hidden" name="sku" value={item.sku} />
          <input type="hidden" name="store" value={store.slug} />
          <div className="flex flex-col gap-1">
            <label htmlFor="quantity" className="font-medium">
              {t("quantity")}
            </label>
            <select id="quantity" name="quantity" className={`${fieldClass} self-start`} defaultValue="1">
              {Array.from({ length: Math.min(MAX_RESERVED_UNITS, available) }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="email" className="font-medium">
              {t("email")}
            </label>
            <input id="email" name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={user?.email ?? ""}
              aria-describedby={error === "email" ? "email-hint email-error" : "email-hint"}
              aria-invalid={error === "email" || undefined}
              autoFocus={error === "email"}
              className={fieldClass}
            />
            {error === "email" && (
              <p id="email-error" className="text-sm font-medium text-red-800">
                {forms("email")}
              </p>
            )}
            <p id="email-hint" className="text-sm text-muted">
              {t("emailHint")}
            </p>
          </div>
          <p className="text-sm">{t("holdNote", { hours: Math.round(holdMinutes() / 60) })}</p>
          <button type="submit" className="self-start rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
            {t("submit")}
          </button>
        </form>
      )}
      <Link href={availabilityUrl(item.productSlug, item.sku)} className="self-start text-sm underline underline-offset-4">
        {t("chooseAnother")}
      </Link>
    </div>
  );
}
