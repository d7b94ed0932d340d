import { getLocale, getTranslations } from "next-intl/server";
import { getDeliveryConfig, type DeliveryMethod } from "@/lib/delivery/config";
import { DeliveryPromise, type DeliveryTexts } from "./delivery-promise";

const KEYS = ["title", "home", "relay", "pickup", "free", "arrives", "ready", "freeFrom", "leftForFree", "freeReached", "returns", "cutoff", "moreInfo"] as const satisfies readonly (keyof DeliveryTexts)[];

/** The texts the delivery promise needs, as raw templates (the client fills them). */
export async function deliveryTexts(): Promise<DeliveryTexts> {
  const t = await getTranslations("delivery");
  return Object.fromEntries(KEYS.map((key) => [key, t.raw(key) as string])) as DeliveryTexts;
}

/**
 * The delivery promise for a server-rendered page (the product page's buy box, say): prices,
 * dates, free-delivery threshold and returns, from this server's configuration.
 */
export async function DeliveryPromiseSection({ subtotalCents, itemCents, methods }: { subtotalCents?: number; itemCents?: number; methods?: readonly DeliveryMethod[] }) {
  const [texts, locale] = await Promise.all([deliveryTexts(), getLocale()]);
  return <DeliveryPromise config={getDeliveryConfig()} texts={texts} locale={locale} subtotalCents={subtotalCents} itemCents={itemCents} methods={methods} renderedAt={new Date().toISOString()} />;
}
