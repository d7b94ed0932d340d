import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { DeliveryPromiseSection } from "@/components/delivery/delivery-promise-section";
import { BackInStockAlert } from "@/components/notifications/back-in-stock-alert";
import { availabilityUrl, onlineStatus } from "@/lib/catalog/sku-choice";
import type { Product, Sku } from "@/lib/catalog/types";
import { Price } from "./price";

/**
 * Price, online stock status and the one action that fits it (docs/stores-and-pickup.md). The
 * action is marked `data-buy-action`: the phone's bottom bar shows while it is off screen
 * (docs/product-page.md#buying-within-thumb-reach).
 */
export async function BuyBox({ product, sku }: { product: Product; sku: Sku }) {
  const [t, cart] = await Promise.all([getTranslations("product"), getTranslations("cart")]);
  const status = onlineStatus(sku);
  return (
    <div id="buy-box" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4" data-sku={sku.sku}>
      <Price cents={sku.priceCents} className="text-2xl font-semibold" />
      <p className={`text-sm font-medium ${status.kind === "soldOutOnline" ? "text-warn" : "text-ok"}`} data-stock-status>
        {status.kind === "inStock" && t("inStock")}
        {status.kind === "onlyLeft" && t("onlyLeft", { count: status.count })}
        {status.kind === "soldOutOnline" && t("soldOutOnline")}
        <span className="ml-2 font-normal text-muted">· {t("inStores", { count: sku.storeStock })}</span>
      </p>
      {status.kind === "soldOutOnline" ? (
        sku.storeStock > 0 ? (
          <Link
            data-buy-action
            href={availabilityUrl(product.slug, sku.sku)}
            className="rounded-md bg-brand px-5 py-3 text-center font-semibold text-white hover:bg-brand-dark"
          >
            {t("checkStores")}
          </Link>
        ) : (
          <p data-buy-action className="rounded-md bg-stone-100 px-4 py-3 text-center text-sm">{t("soldOutEverywhere")}</p>
        )
      ) : null}
      {status.kind === "soldOutOnline" ? (
        <BackInStockAlert sku={sku.sku} />
      ) : (
        <>
          <AddToCartButton
            sku={sku.sku}
            texts={{ add: t("addToCart"), added: cart("added"), addFailed: cart("addFailed"), viewCart: cart("viewCart") }}
          />
          <DeliveryPromiseSection itemCents={sku.priceCents} />
        </>
      )}
    </div>
  );
}
