"use client";

import { useEffect } from "react";
import { flushViewQueue, recordView } from "@/lib/offline/view-queue";

function eventId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Records this product view (POST /api/events, or the IndexedDB queue when offline) and sends
 * queued views when the network comes back. Renders nothing.
 */
export function ViewRecorder({ product, sku }: { product: string; sku?: string }) {
  useEffect(() => {
    const installed = window.matchMedia("(display-mode: standalone)").matches || (navigator as { standalone?: boolean }).standalone === true;
    void recordView({
      id: eventId(),
      type: "product_view",
      product,
      sku: sku ?? null,
      viewedAt: new Date().toISOString(),
      installed,
      source: new URLSearchParams(window.location.search).get("utm_source"),
    }).then(() => flushViewQueue());
    const onOnline = () => void flushViewQueue();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
    // One view per product page load: choosing another SKU is not another view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [product]);
  return null;
}
