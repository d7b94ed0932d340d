"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef } from "react";
import { afterLoadWhenIdle } from "@/lib/browser/idle";

/**
 * Keeps a server-rendered page's stock live: listens to /api/stock/stream for `skus` and, when
 * a level differs from the one the page shows (`levels`, keyed "sku@location"), re-renders the
 * page from the server (no reload, scroll and focus kept). The server stays the only place that
 * turns levels into words, buttons and store lists, so this stays a few hundred bytes.
 */
export function LiveStock({ skus, levels }: { skus: string[]; levels: Record<string, number> }) {
  const router = useRouter();
  const shown = useRef(levels);
  useEffect(() => {
    shown.current = levels;
  }, [levels]);
  const query = skus.join(",");
  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Connected once the page has loaded and the browser is idle: the stream never ends, and an
    // open request during the load competes with what the shopper is waiting for. Nothing is
    // missed: the stream starts with the current levels.
    const connect = () => {
      source = new EventSource(`/api/stock/stream?skus=${encodeURIComponent(query)}`);
      source.addEventListener("stock", onStock);
    };
    const onStock = (event: Event) => {
      const { sku, location, available } = JSON.parse((event as MessageEvent<string>).data) as { sku: string; location: string; available: number };
      const key = `${sku}@${location}`;
      if ((shown.current[key] ?? 0) === available) return;
      shown.current = { ...shown.current, [key]: available };
      // Several changes in a burst (an order of many lines) make one refresh.
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => router.refresh()), 100);
    };
    const cancelConnect = afterLoadWhenIdle(connect, { timeout: 2000, fallbackMs: 200 });
    return () => {
      cancelConnect();
      clearTimeout(timer);
      source?.close();
    };
  }, [query, router]);
  return null;
}
