"use client";

import { useEffect, useState } from "react";
import type { DeliveryPromiseInput, DeliveryPromiseView as View } from "@/lib/delivery/promise";
import { DeliveryPromiseView } from "./delivery-promise-view";
import { useMinuteClock } from "./use-minute-clock";

interface Props {
  /** The promise as the server computed it at `renderedAt` (ms), true until `until` (ms). */
  view: View;
  renderedAt: number;
  until: number;
  /** What to compute it again from once `until` has passed. */
  input: DeliveryPromiseInput;
}

/**
 * The delivery promise of a cached page (the product page): shows the server's words while they
 * still hold, so the page starts without dates or prices computed on the device (the first use
 * of Intl costs a slow phone tens of milliseconds: docs/benchmarks.md, run 14). Past the next
 * cut-off or midnight it loads the rules and computes them again, every minute after.
 */
export function CachedDeliveryPromise({ view, renderedAt, until, input }: Props) {
  const now = useMinuteClock(renderedAt).getTime();
  const stale = now >= until;
  const [recomputed, setRecomputed] = useState<View | null>(null);
  useEffect(() => {
    if (!stale) return;
    let current = true;
    void import("@/lib/delivery/promise").then(({ deliveryPromiseView }) => current && setRecomputed(deliveryPromiseView(input, new Date(now))));
    return () => {
      current = false;
    };
  }, [stale, now, input]);
  return <DeliveryPromiseView view={stale && recomputed ? recomputed : view} />;
}
