import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlaceForm } from "@/components/stores/place-form";
import { StoreCard } from "@/components/stores/store-card";
import { getDb } from "@/lib/db/client";
import { geocode } from "@/lib/stores/geocode";
import { listStores } from "@/lib/stores/queries";

type Props = { searchParams: Promise<{ near?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stores");
  return { title: t("title"), description: t("intro"), alternates: { canonical: "/stores" } };
}

/** Store locator: every store, or nearest first from a postcode or city the shopper typed. */
export default async function StoresPage({ searchParams }: Props) {
  const [{ near }, t] = await Promise.all([searchParams, getTranslations("stores")]);
  const place = typeof near === "string" ? near.trim().slice(0, 100) : "";
  const origin = place ? geocode(place) : null;
  const stores = await listStores(await getDb(), { origin: origin ?? undefined });
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </header>
      <PlaceForm
        action="/stores"
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        submit={t("searchSubmit")}
        defaultValue={place}
        unknownPlace={place && !origin ? t("unknownPlace", { place }) : undefined}
        primary
      />
      <section aria-labelledby="store-list">
        <h2 id="store-list" className="mb-3 text-xl font-semibold">
          {origin ? t("nearResults", { place: origin.label }) : t("allStores")}{" "}
          <span className="text-base font-normal text-muted">({t("count", { count: stores.length })})</span>
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {stores.map((store) => (
            <li key={store.slug}>
              <StoreCard store={store} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
