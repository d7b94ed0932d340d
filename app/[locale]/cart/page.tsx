import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CartView } from "@/components/cart/cart-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart");
  return { title: t("title"), robots: { index: false } };
}

/** The cart lives on the device (IndexedDB): this page is a frame the client fills, offline too. */
export default async function CartPage() {
  const [t, locale] = await Promise.all([getTranslations("cart"), getLocale()]);
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
      <CartView texts={texts} locale={locale} />
    </>
  );
}
