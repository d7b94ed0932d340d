import { getTranslations } from "next-intl/server";
import type { Product, Sku } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/locale";
import { getDeliveryConfig } from "@/lib/delivery/config";
import { StoreStockBySize } from "./store-stock-by-size";

/** In-store mode's stock block on the product page (docs/in-store.md): the texts from the server, the rest in the browser. */
export async function InStoreStock({ product, sku, locale }: { product: Product; sku: Sku; locale: Locale }) {
  const t = await getTranslations("inStore");
  const aisle = (key: string) => t.raw(`aisle.${key}`) as string;
  return (
    <StoreStockBySize
      product={product.slug}
      sizes={product.skus.map((option) => ({ sku: option.sku, label: option.label, priceCents: option.priceCents }))}
      selected={sku.sku}
      locale={locale}
      delivery={getDeliveryConfig()}
      texts={{
        title: t.raw("stockTitle") as string,
        intro: t("stockIntro"),
        loading: t("stockLoading"),
        onShelf: t.raw("onShelf") as string,
        notOnShelf: t("notOnShelf"),
        onlineIn: t("onlineIn"),
        onlineOut: t("onlineOut"),
        selected: t("selected"),
        otherStores: t("otherStores"),
        deliver: t("deliver"),
        shipHere: t("shipHere"),
        aisle: {
          homeTitle: aisle("homeTitle"),
          storeTitle: aisle("storeTitle"),
          homeDate: aisle("homeDate"),
          storeDate: aisle("storeDate"),
          email: aisle("email"),
          name: aisle("name"),
          line1: aisle("line1"),
          postcode: aisle("postcode"),
          city: aisle("city"),
          phone: aisle("phone"),
          terms: aisle("terms"),
          fee: aisle("fee"),
          feeFree: aisle("feeFree"),
          payment: aisle("payment"),
          submit: aisle("submit"),
          submitting: aisle("submitting"),
          failed: aisle("failed"),
          offline: aisle("offline"),
          soldOut: aisle("soldOut"),
        },
      }}
    />
  );
}
