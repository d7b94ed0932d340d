import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { availabilityUrl } from "@/lib/catalog/sku-choice";
import type { Product, Sku } from "@/lib/catalog/types";
import { getDb } from "@/lib/db/client";
import { stockLevelsOf } from "@/lib/inventory/stock";
import { listStores } from "@/lib/stores/queries";
import { STORE_COOKIE } from "@/lib/stores/shopper-place";
import { LiveStock } from "./live-stock";
import { YourStoreStock } from "./your-store-stock";

/**
 * The product page's in-store summary for the chosen SKU: how many stores hold it, kept live by
 * LiveStock. The same for every shopper, so the page can be cached (docs/scaling.md): the
 * shopper's own store is a client island; the nearest ones are on the stores page it links to.
 */
export async function AvailabilitySummary({ product, sku }: { product: Product; sku: Sku }) {
  const [t, db] = await Promise.all([getTranslations("availability"), getDb()]);
  const [stores, levels] = await Promise.all([listStores(db, { sku: sku.sku }), stockLevelsOf(db, [sku.sku])]);
  return (
    <section aria-labelledby="in-store" className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4 text-sm">
      <LiveStock skus={[sku.sku]} levels={Object.fromEntries(levels.map((l) => [`${l.sku}@${l.location}`, l.available]))} />
      <h2 id="in-store" className="text-base font-semibold">
        {t("summaryTitle")}
      </h2>
      <p data-store-count={stores.length}>{t("summaryCount", { count: stores.length })}</p>
      <YourStoreStock
        sku={sku.sku}
        cookieName={STORE_COOKIE}
        version={levels.map((l) => `${l.location}:${l.available}`).join(",")}
        texts={{ yourStore: t.raw("summaryYourStore") as string, inStock: t("stockInStock"), onlyLeft: t.raw("stockOnlyLeft") as string, out: t("stockOut") }}
      />
      {stores.length > 0 && (
        <Link href={availabilityUrl(product.slug, sku.sku)} className="self-start font-medium underline underline-offset-4">
          {t("summaryAll")}
        </Link>
      )}
    </section>
  );
}
