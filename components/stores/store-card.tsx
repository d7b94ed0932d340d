import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { Store } from "@/lib/stores/types";
import { OpenStatus } from "./open-status";

/** One store in a list: name (links to its page), address, distance when known, open now. */
export async function StoreCard({ store }: { store: Store }) {
  const t = await getTranslations("stores");
  return (
    <article className="flex h-full flex-col gap-1 rounded-lg border border-line bg-white p-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">
          <Link href={`/stores/${store.slug}`} className="underline-offset-4 hover:underline">
            {store.name}
          </Link>
        </h2>
        {store.distanceKm !== undefined && (
          <p className="shrink-0 text-sm text-muted tabular-nums">{t("distance", { km: store.distanceKm.toLocaleString("fr-FR") })}</p>
        )}
      </div>
      <p className="text-sm">
        {store.address}, {store.postcode} {store.city}
      </p>
      <OpenStatus store={store} />
    </article>
  );
}
