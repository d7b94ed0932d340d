"use client";

import type { DeliveryConfig, DeliveryMethod } from "@/lib/delivery/types";
import { formatDeliveryWindow } from "@/lib/delivery/format";
import { deliveryOptions, leftForFreeDelivery } from "@/lib/delivery/options";
import { formatPrice } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { useMinuteClock } from "./use-minute-clock";

export type DeliveryTexts = Record<
  "title" | "home" | "relay" | "pickup" | "free" | "arrives" | "ready" | "freeFrom" | "leftForFree" | "freeReached" | "returns" | "cutoff" | "moreInfo",
  string
>;

export interface DeliveryPromiseProps {
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
  /** When the page was rendered (ISO): the first paint's dates; the browser's clock takes over once it runs. */
  renderedAt: string;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/**
 * "How much and when" for each way to get the order, the free-delivery threshold and the returns
 * promise (docs/delivery.md#the-delivery-promise). Prices and dates come from the same pure
 * rules the server charges with (lib/delivery/); a cached page recomputes them on the device,
 * so a page rendered before the cut-off does not keep promising today's dispatch.
 */
export function DeliveryPromise({ config, texts, locale, subtotalCents, itemCents, methods, renderedAt }: DeliveryPromiseProps) {
  const now = useMinuteClock(renderedAt);
  const price = (cents: number) => formatPrice(cents, locale);
  const amount = subtotalCents ?? itemCents;
  const options = deliveryOptions(amount ?? 0, now, config).filter((option) => !methods || methods.includes(option.method));
  const shownFee = (fee: number, base: number) => (amount === undefined ? base : fee);
  const left = amount === undefined ? null : leftForFreeDelivery(amount, config);
  const threshold =
    config.freeThresholdCents === 0
      ? null
      : left === 0
        ? texts.freeReached
        : left === null || subtotalCents === undefined
          ? fill(texts.freeFrom, { amount: price(config.freeThresholdCents) })
          : fill(texts.leftForFree, { amount: price(left) });
  return (
    <section aria-label={texts.title} className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4 text-sm" data-delivery-promise>
      <ul className="flex flex-col gap-2">
        {options.map((option) => {
          const fee = shownFee(option.feeCents, option.baseFeeCents);
          const when = formatDeliveryWindow(option, locale);
          return (
            <li key={option.method} className="flex flex-col" data-delivery-method={option.method}>
              <span className="flex justify-between gap-3">
                <span className="font-medium">{texts[option.method]}</span>
                <span className="tabular-nums">{fee === 0 ? texts.free : price(fee)}</span>
              </span>
              <span className="text-muted">{fill(option.method === "pickup" ? texts.ready : texts.arrives, { when })}</span>
            </li>
          );
        })}
      </ul>
      {threshold && <p className={left === 0 ? "font-medium text-ok" : "font-medium"}>{threshold}</p>}
      <p className="text-muted">{fill(texts.cutoff, { hour: config.cutoffHour })}</p>
      <p>
        <span className="font-medium">{fill(texts.returns, { days: config.returnsDays })}</span> ·{" "}
        <Link href="/livraison-et-retours" className="underline underline-offset-4">
          {texts.moreInfo}
        </Link>
      </p>
    </section>
  );
}
