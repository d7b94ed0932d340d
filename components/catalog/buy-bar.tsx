import { getTranslations } from "next-intl/server";
import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { availabilityUrl, onlineStatus } from "@/lib/catalog/sku-choice";
import type { Product, Sku } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";
import { Price } from "./price";
import { StickyBuyBar } from "./sticky-buy-bar";

/** The buy box in one line for phones: price, the chosen variant and the same action (docs/product-page.md). */
export async function BuyBar({ product, sku }: { product: Product; sku: Sku }) {
  const [t, cart, variants] = await Promise.all([getTranslations("product"), getTranslations("cart"), getTranslations("variants")]);
  const status = onlineStatus(sku);
  return (
    <StickyBuyBar label={variants("quickBuy")} sku={sku.sku}>
      <div className="mx-auto flex max-w-6xl items-start gap-3">
        <p className="flex min-w-0 flex-1 flex-col pt-1 text-sm leading-tight">
          <Price cents={sku.priceCents} className="text-base font-semibold" />
          <span className="truncate text-muted">{sku.label}</span>
        </p>
        <div className="shrink-0">
          {status.kind !== "soldOutOnline" ? (
            <AddToCartButton sku={sku.sku} texts={{ add: t("addToCart"), added: cart("added"), addFailed: cart("addFailed"), viewCart: cart("viewCart") }} />
          ) : status.inStores ? (
            <Link href={availabilityUrl(product.slug, sku.sku)} className="block rounded-md bg-brand px-4 py-3 text-center font-semibold text-white hover:bg-brand-dark">
              {t("checkStores")}
            </Link>
          ) : (
            <p className="py-3 text-sm">{t("soldOutEverywhere")}</p>
          )}
        </div>
      </div>
    </StickyBuyBar>
  );
}
