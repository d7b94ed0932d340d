"use client";

import { useEffect } from "react";

function eventId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Records this product view (POST /api/events, or the IndexedDB queue when offline) and sends
 * queued views when the network comes back. Renders nothing. The queue comes with the layout
 * islands' background code, not with the page (components/pwa/background.ts).
 */
export function ViewRecorder({ product, sku }: { product: string; sku?: string }) {
  useEffect(() => {
    const installed = window.matchMedia("(display-mode: standalone)").matches || (navigator as { standalone?: boolean }).standalone === true;
    const view = {
      id: eventId(),
      type: "product_view" as const,
      product,
      sku: sku ?? null,
      viewedAt: new Date().toISOString(),
      installed,
      source: new URLSearchParams(window.location.search).get("utm_source"),
    };
    const background = import("@/components/pwa/background");
    void background.then(({ recordView, flushViewQueue }) => recordView(view).then(() => flushViewQueue()));
    const onOnline = () => void background.then(({ flushViewQueue }) => flushViewQueue());
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
    // One view per product page load: choosing another SKU is not another view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [product]);
  return null;
}
