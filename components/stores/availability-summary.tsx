import { cookies } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { availabilityUrl } from "@/lib/catalog/sku-choice";
import type { Product, Sku } from "@/lib/catalog/types";
import { getDb } from "@/lib/db/client";
import { stockLevelsOf } from "@/lib/inventory/stock";
import { getStore, listStores } from "@/lib/stores/queries";
import { NEAR_COOKIE, parseNearCookie, STORE_COOKIE } from "@/lib/stores/shopper-place";
import { LiveStock } from "./live-stock";
import { stockText } from "./availability-store-card";

/** How many nearby stores the product page names before linking to the full list. */
const NEARBY = 2;

/**
 * The product page's in-store summary for the chosen SKU: the shopper's store first (remembered
 * from a reservation), then the nearest stores that have it (from the remembered position, or
 * from their store), and the count. Keeps the whole page's stock live.
 */
export async function AvailabilitySummary({ product, sku }: { product: Product; sku: Sku }) {
  const [t, locale, jar, db] = await Promise.all([getTranslations("availability"), getLocale(), cookies(), getDb()]);
  const yourStore = jar.get(STORE_COOKIE)?.value;
  const home = yourStore && yourStore.length <= 64 ? await getStore(db, yourStore) : null;
  const origin = parseNearCookie(jar.get(NEAR_COOKIE)?.value) ?? (home ? { lat: home.lat, lng: home.lng } : undefined);
  const [stores, levels] = await Promise.all([listStores(db, { sku: sku.sku, origin }), stockLevelsOf(db, [sku.sku])]);
  const atHome = home ? (levels.find((l) => l.location === home.slug)?.available ?? 0) : 0;
  const nearby = stores.filter((s) => s.slug !== home?.slug).slice(0, origin ? NEARBY : 0);
  const nearbyWords = await Promise.all(nearby.map((store) => stockText(store.stock ?? 0)));
  const km = (value: number) => value.toLocaleString(locale === "en" ? "en-GB" : "fr-FR");
  return (
    <section aria-labelledby="in-store" className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4 text-sm">
      <LiveStock skus={[sku.sku]} levels={Object.fromEntries(levels.map((l) => [`${l.sku}@${l.location}`, l.available]))} />
      <h2 id="in-store" className="text-base font-semibold">
        {t("summaryTitle")}
      </h2>
      <p data-store-count={stores.length}>{t("summaryCount", { count: stores.length })}</p>
      {(home || nearby.length > 0) && (
        <ul className="flex flex-col gap-1">
          {home && (
            <li className="flex justify-between gap-3">
              <span>{t("summaryYourStore", { store: home.name })}</span>
              <span className={atHome > 0 ? "font-medium text-ok" : "text-warn"}>{await stockText(atHome)}</span>
            </li>
          )}
          {nearby.map((store, i) => (
            <li key={store.slug} className="flex justify-between gap-3">
              <span>
                {store.name}
                {store.distanceKm !== undefined && <span className="text-muted"> · {t("distance", { km: km(store.distanceKm) })}</span>}
              </span>
              <span className="font-medium text-ok">{nearbyWords[i]}</span>
            </li>
          ))}
        </ul>
      )}
      {stores.length > 0 && (
        <Link href={availabilityUrl(product.slug, sku.sku)} className="self-start font-medium underline underline-offset-4">
          {t("summaryAll")}
        </Link>
      )}
    </section>
  );
}
