import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EnterStoreButton } from "@/components/in-store/enter-store-button";
import { OpenStatus } from "@/components/stores/open-status";
import { StoreHours } from "@/components/stores/store-hours";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getStoreCached } from "@/lib/catalog/cached";
import { isLocale } from "@/lib/i18n/locale";
import { inStoreRadiusMetres } from "@/lib/in-store/geofence";
import { localizedAlternates } from "@/lib/next/page-metadata";
import { directionsUrl } from "@/lib/stores/directions";
import { weekdayAt } from "@/lib/stores/opening-hours";
import { telHref } from "@/lib/stores/phone";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The same for everyone, cached (docs/scaling.md); the open/closed line is at most 5 minutes old. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

async function findStore(slug: string) {
  return slug.length <= 100 ? getStoreCached(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const store = await findStore(slug);
  if (!store || !isLocale(locale)) return {};
  return { title: store.name, description: `${store.address}, ${store.postcode} ${store.city}`, alternates: localizedAlternates(`/stores/${store.slug}`, locale) };
}

export default async function StorePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("stores");
  const store = await findStore(slug);
  if (!store) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ label: t("title"), href: "/stores" }, { label: store.name }]} />
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-semibold tracking-tight">{store.name}</h1>
        <OpenStatus store={store} />
        <EnterStoreButton store={{ slug: store.slug, name: store.name, lat: store.lat, lng: store.lng, radiusMetres: inStoreRadiusMetres(process.env.IN_STORE_RADIUS_METRES) }} label={(await getTranslations("inStore"))("enter")} />
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="store-address" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          <h2 id="store-address" className="text-lg font-semibold">
            {t("address")}
          </h2>
          <address className="not-italic">
            {store.address}
            <br />
            {store.postcode} {store.city}
          </address>
          <p>
            {t("phone")}{" "}
            <a href={telHref(store.phone)} className="font-medium underline underline-offset-4">
              {store.phone}
            </a>
          </p>
          <p className="text-sm text-muted">{t("pickupNote")}</p>
          <a
            href={directionsUrl(store)}
            className="self-start rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
            aria-label={t("directionsTo", { name: store.name })}
          >
            {t("directions")}
          </a>
        </section>
        <section aria-labelledby="store-hours" className="rounded-lg border border-line bg-white p-4">
          <h2 id="store-hours" className="mb-2 text-lg font-semibold">
            {t("hours")}
          </h2>
          <StoreHours hours={store.openingHours} today={weekdayAt(new Date())} />
        </section>
      </div>
    </div>
  );
}
