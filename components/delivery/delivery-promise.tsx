"use client";

import { deliveryPromiseView, type DeliveryPromiseInput } from "@/lib/delivery/promise";
import { DeliveryPromiseView } from "./delivery-promise-view";
import { useMinuteClock } from "./use-minute-clock";

export interface DeliveryPromiseProps extends DeliveryPromiseInput {
  /** When the page was rendered (ms): the first paint's dates; the browser's clock takes over once it runs. */
  renderedAt: number;
}

/**
 * The delivery promise where the amount lives in the browser (cart, checkout): recomputed on the
 * device as the subtotal and the time change, so a page rendered before the cut-off does not keep
 * promising today's dispatch (docs/delivery.md#the-delivery-promise).
 */
export function DeliveryPromise({ renderedAt, ...input }: DeliveryPromiseProps) {
  const now = useMinuteClock(renderedAt);
  return <DeliveryPromiseView view={deliveryPromiseView(input, now)} />;
}
