import { getLocale, getTranslations } from "next-intl/server";
import { directionsUrl } from "@/lib/stores/directions";
import { weekdayAt } from "@/lib/stores/opening-hours";
import { stockLevelWords } from "@/lib/stores/stock-words";
import type { Store } from "@/lib/stores/types";
import { OpenStatus } from "./open-status";
import { StoreHours } from "./store-hours";

/** "En stock" / "Plus que 2" / "Épuisé" for a level. */
export async function stockText(quantity: number): Promise<string> {
  const t = await getTranslations("availability");
  const { key, count } = stockLevelWords(quantity);
  return key === "inStock" ? t("stockInStock") : key === "onlyLeft" ? t("stockOnlyLeft", { count }) : t("stockOut");
}

/** One store that has the SKU: distance, stock in words, open now and hours, directions, reserve. */
export async function AvailabilityStoreCard({ store, sku, isYourStore }: { store: Store & { stock?: number }; sku: string; isYourStore: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("availability"), getLocale()]);
  const nameId = `store-${store.slug}`;
  const stock = store.stock ?? 0;
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-line bg-white p-4" aria-labelledby={nameId} data-store={store.slug}>
      <div className="flex items-baseline justify-between gap-3">
        <h3 id={nameId} className="text-lg font-semibold">
          {store.name}
        </h3>
        {store.distanceKm !== undefined && (
          <p className="shrink-0 text-sm text-muted tabular-nums">{t("distance", { km: store.distanceKm.toLocaleString(locale === "en" ? "en-GB" : "fr-FR") })}</p>
        )}
      </div>
      {isYourStore && <p className="self-start rounded bg-stone-100 px-2 py-0.5 text-xs font-medium">{t("yourStore")}</p>}
      <p className="text-sm">
        {store.address}, {store.postcode} {store.city}
      </p>
      <p className={`font-semibold ${stock <= 2 ? "text-warn" : "text-ok"}`} data-stock-level={stock}>
        {await stockText(stock)}
      </p>
      <OpenStatus store={store} />
      <details className="text-sm">
        <summary className="cursor-pointer underline-offset-4 hover:underline">{t("hours")}</summary>
        <div className="mt-2">
          <StoreHours hours={store.openingHours} today={weekdayAt(new Date())} />
        </div>
      </details>
      <div className="mt-auto flex flex-wrap items-center gap-3 pt-2">
        <form action="/reservations/new">
          <input type="hidden" name="sku" value={sku} />
          <input type="hidden" name="store" value={store.slug} />
          <button type="submit" aria-describedby={nameId} className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("reserve")}
          </button>
        </form>
        <a href={directionsUrl(store)} aria-label={t("directionsTo", { name: store.name })} className="text-sm font-medium underline underline-offset-4">
          {t("directions")}
        </a>
      </div>
    </article>
  );
}
