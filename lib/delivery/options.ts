import { DELIVERY_METHODS, type DeliveryConfig, type DeliveryMethod } from "./types";
import { deliveryWindow, type DeliveryWindow } from "./dates";

export interface DeliveryOption extends DeliveryWindow {
  method: DeliveryMethod;
  /** What this method costs for this subtotal, in cents (0 = free). */
  feeCents: number;
  /** The method's price before the free-delivery threshold. */
  baseFeeCents: number;
}

/** The fee the server charges (docs/delivery.md#prices): store pickup is free; home and relay are free from the threshold on. */
export function deliveryFeeCents(method: DeliveryMethod, subtotalCents: number, config: DeliveryConfig): number {
  if (method === "pickup") return 0;
  if (subtotalCents >= config.freeThresholdCents) return 0;
  return config.methods[method].feeCents;
}

/** What is still missing for free delivery, in cents; 0 once reached. */
export function leftForFreeDelivery(subtotalCents: number, config: DeliveryConfig): number {
  return Math.max(0, config.freeThresholdCents - subtotalCents);
}

/** Every method with its fee for `subtotalCents` and its dates for an order placed at `now`. */
export function deliveryOptions(subtotalCents: number, now: Date, config: DeliveryConfig): DeliveryOption[] {
  return DELIVERY_METHODS.map((method) => {
    const rule = config.methods[method];
    return {
      method,
      feeCents: deliveryFeeCents(method, subtotalCents, config),
      baseFeeCents: rule.feeCents,
      ...deliveryWindow(now, { minDays: rule.minDays, maxDays: rule.maxDays, cutoffHour: config.cutoffHour, timeZone: config.timeZone }),
    };
  });
}
