import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";
import { CartView } from "@/components/cart/cart-view";
import { deliveryTexts } from "@/components/delivery/delivery-promise-section";
import { getDeliveryConfig } from "@/lib/delivery/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart");
  return { title: t("title"), robots: { index: false } };
}

/** The cart lives on the device (IndexedDB): this page is a frame the client fills, offline too. */
type Props = { params: Promise<{ locale: string }> };

// Rendered on the first request, then cached (a build reads no catalog, so it needs no database).
export function generateStaticParams() {
  return [];
}

/** Nothing personal: a static page, cached like the catalog (docs/scaling.md) and precached by the service worker. */
export default async function CartPage({ params }: Props) {
  const { locale: segment } = await params;
  if (!isLocale(segment)) notFound();
  setRequestLocale(segment);
  const [t, locale, delivery] = await Promise.all([getTranslations("cart"), getLocale(), deliveryTexts()]);
  const keys = [
    "empty",
    "continue",
    "quantity",
    "remove",
    "total",
    "indicative",
    "detailsMissing",
    "checkout",
    "checkoutOffline",
    "mergedTitle",
    "mergedAdded",
    "mergedUpdated",
    "mergedRemoved",
    "storageUnavailable",
    "loading",
  ] as const;
  const texts = { ...Object.fromEntries(keys.map((key) => [key, t(key)])), skuLabel: t.raw("skuLabel") as string } as Parameters<typeof CartView>[0]["texts"];
  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <CartView texts={texts} locale={locale} delivery={{ config: getDeliveryConfig(), texts: delivery, renderedAt: new Date().getTime() }} />
    </>
  );
}
