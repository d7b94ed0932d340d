import { getLocale, getTranslations } from "next-intl/server";
import { getDeliveryConfig, type DeliveryMethod } from "@/lib/delivery/config";
import { windowChangesAt } from "@/lib/delivery/dates";
import { deliveryPromiseView, type DeliveryPromiseInput, type DeliveryTexts } from "@/lib/delivery/promise";
import { CachedDeliveryPromise } from "./cached-delivery-promise";

const KEYS = ["title", "home", "relay", "pickup", "free", "arrives", "ready", "freeFrom", "leftForFree", "freeReached", "returns", "cutoff", "moreInfo"] as const satisfies readonly (keyof DeliveryTexts)[];

/** The texts the delivery promise needs, as raw templates (filled by lib/delivery/promise.ts). */
export async function deliveryTexts(): Promise<DeliveryTexts> {
  const t = await getTranslations("delivery");
  return Object.fromEntries(KEYS.map((key) => [key, t.raw(key) as string])) as DeliveryTexts;
}

/**
 * The delivery promise for a server-rendered page (the product page's buy box, say): prices,
 * dates, free-delivery threshold and returns, from this server's configuration, computed here
 * and good until the next cut-off or midnight.
 */
export async function DeliveryPromiseSection({ subtotalCents, itemCents, methods }: { subtotalCents?: number; itemCents?: number; methods?: readonly DeliveryMethod[] }) {
  const [texts, locale] = await Promise.all([deliveryTexts(), getLocale()]);
  const config = getDeliveryConfig();
  const input: DeliveryPromiseInput = { config, texts, locale, subtotalCents, itemCents, methods };
  const now = new Date();
  return <CachedDeliveryPromise view={deliveryPromiseView(input, now)} renderedAt={now.getTime()} until={windowChangesAt(now, config).getTime()} input={input} />;
}
