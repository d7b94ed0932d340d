import { formatPrice } from "@/lib/i18n/format";
import { formatDeliveryWindow } from "./format";
import { deliveryOptions, leftForFreeDelivery } from "./options";
import type { DeliveryConfig, DeliveryMethod } from "./types";

export type DeliveryTexts = Record<
  "title" | "home" | "relay" | "pickup" | "free" | "arrives" | "ready" | "freeFrom" | "leftForFree" | "freeReached" | "returns" | "cutoff" | "moreInfo",
  string
>;

export interface DeliveryPromiseInput {
  config: DeliveryConfig;
  texts: DeliveryTexts;
  locale: string;
  /** The items' total in cents (cart, checkout): fees as charged, and what is left for free delivery. */
  subtotalCents?: number;
  /**
   * A product page's price, without a cart: this item alone may already reach the free-delivery
   * threshold (a 94,90 € skirt must not say 4,90 € beside "offerte dès 50 €"); below it, the base
   * fees and the threshold are stated.
   */
  itemCents?: number;
  /** Which methods to show; all by default (a product sold out online shows only pickup, say). */
  methods?: readonly DeliveryMethod[];
}

/** The delivery promise as the words a shopper reads, ready to render. */
export interface DeliveryPromiseView {
  title: string;
  options: { method: DeliveryMethod; name: string; fee: string; when: string }[];
  threshold: { text: string; reached: boolean } | null;
  cutoff: string;
  returns: string;
  moreInfo: string;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/**
 * "How much and when" for each way to get the order, the free-delivery threshold and the returns
 * promise for an order placed at `now` (docs/delivery.md#the-delivery-promise), from the same pure
 * rules the server charges with.
 */
export function deliveryPromiseView({ config, texts, locale, subtotalCents, itemCents, methods }: DeliveryPromiseInput, now: Date): DeliveryPromiseView {
  const price = (cents: number) => formatPrice(cents, locale);
  const amount = subtotalCents ?? itemCents;
  const left = amount === undefined ? null : leftForFreeDelivery(amount, config);
  return {
    title: texts.title,
    options: deliveryOptions(amount ?? 0, now, config)
      .filter((option) => !methods || methods.includes(option.method))
      .map((option) => {
        const fee = amount === undefined ? option.baseFeeCents : option.feeCents;
        const when = formatDeliveryWindow(option, locale);
        return { method: option.method, name: texts[option.method], fee: fee === 0 ? texts.free : price(fee), when: fill(option.method === "pickup" ? texts.ready : texts.arrives, { when }) };
      }),
    threshold:
      config.freeThresholdCents === 0
        ? null
        : left === 0
          ? { text: texts.freeReached, reached: true }
          : {
              text: left === null || subtotalCents === undefined ? fill(texts.freeFrom, { amount: price(config.freeThresholdCents) }) : fill(texts.leftForFree, { amount: price(left) }),
              reached: false,
            },
    cutoff: fill(texts.cutoff, { hour: config.cutoffHour }),
    returns: fill(texts.returns, { days: config.returnsDays }),
    moreInfo: texts.moreInfo,
  };
}
