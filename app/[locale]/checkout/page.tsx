import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckoutForm, type CheckoutTexts } from "@/components/checkout/checkout-form";
import { fieldErrorTexts } from "@/components/ui/field-error-texts";
import { deliveryTexts } from "@/components/delivery/delivery-promise-section";
import { pickupStoresFor, quoteCart } from "./actions";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getDeliveryConfig } from "@/lib/delivery/config";
import { RELAY_POINTS } from "@/lib/delivery/relay-points";
import { getPreferences } from "@/lib/preferences/preferences";
import { rankPickupStores } from "@/lib/stores/pickup-stores";
import { listStores } from "@/lib/stores/queries";
import { STORE_COOKIE } from "@/lib/stores/shopper-place";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout");
  return { title: t("title"), robots: { index: false } };
}

const TEXT_KEYS = [
  "loading", "empty", "backToShop", "items", "lineQuantity", "total", "contact", "email", "fulfilment", "delivery", "pickup", "name", "line1",
  "postcode", "city", "store", "payment", "testPayment", "payAtPickup", "submit", "submitting", "outOfStock", "soldOutOnline", "seeStores", "failed", "offline",
  "phone", "phoneHint", "phoneOptional", "relayPoint", "relayChoose", "recipient", "storeChoose", "storeStockNone", "storeStockOne", "storeStockOther",
  "storeAllInStock", "storeDistance", "storesPlace", "storesSearch", "storesUnknownPlace", "subtotal", "deliveryFee", "terms", "termsLink",
] as const satisfies readonly (keyof CheckoutTexts)[];

/**
 * Checkout (docs/contract.md, docs/delivery.md): the form runs on the device cart; the order,
 * its delivery fee and its dates are priced and placed by POST /api/orders.
 */
export default async function CheckoutPage() {
  const [t, locale, jar, user, validation, forms, delivery] = await Promise.all([
    getTranslations("checkout"),
    getLocale(),
    cookies(),
    getSessionUser(),
    fieldErrorTexts(),
    getTranslations("forms"),
    deliveryTexts(),
  ]);
  const db = await getDb();
  // The signed-in shopper's favourite store first (docs/engagement.md#using-preferences), else this device's;
  // the form then ranks the stores by distance and the cart's stock (pickupStoresFor).
  const [allStores, preferences] = await Promise.all([listStores(db), user ? getPreferences(db, user.id) : null]);
  const remembered = preferences?.favouriteStore ?? jar.get(STORE_COOKIE)?.value;
  const stores = rankPickupStores(allStores, [], [], null, remembered);
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, t.raw(key) as string])) as CheckoutTexts;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <CheckoutForm
        texts={texts}
        validation={{ ...validation, postcode: forms("postcode"), phone: forms("phone"), acceptTerms: forms("acceptTerms"), choose: forms("choose") }}
        locale={locale}
        delivery={{ config: getDeliveryConfig(), texts: delivery, renderedAt: new Date().getTime() }}
        relayPoints={[...RELAY_POINTS]}
        stores={stores}
        defaultStore={stores.some((s) => s.slug === remembered) ? remembered : undefined}
        defaultEmail={user?.email}
        quoteCart={quoteCart.bind(null, locale)}
        pickupStoresFor={pickupStoresFor}
      />
    </div>
  );
}
