import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpenStatus } from "@/components/stores/open-status";
import { StoreHours } from "@/components/stores/store-hours";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getDb } from "@/lib/db/client";
import { directionsUrl } from "@/lib/stores/directions";
import { weekdayAt } from "@/lib/stores/opening-hours";
import { getStore } from "@/lib/stores/queries";

type Props = { params: Promise<{ slug: string }> };

async function findStore(slug: string) {
  return slug.length <= 100 ? getStore(await getDb(), slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await findStore((await params).slug);
  if (!store) return {};
  return { title: store.name, description: `${store.address}, ${store.postcode} ${store.city}`, alternates: { canonical: `/stores/${store.slug}` } };
}

export default async function StorePage({ params }: Props) {
  const [{ slug }, t] = await Promise.all([params, getTranslations("stores")]);
  const store = await findStore(slug);
  if (!store) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ label: t("title"), href: "/stores" }, { label: store.name }]} />
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-semibold tracking-tight">{store.name}</h1>
        <OpenStatus store={store} />
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
