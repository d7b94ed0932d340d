"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef } from "react";

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
    const source = new EventSource(`/api/stock/stream?skus=${encodeURIComponent(query)}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("stock", (event) => {
      const { sku, location, available } = JSON.parse((event as MessageEvent<string>).data) as { sku: string; location: string; available: number };
      const key = `${sku}@${location}`;
      if ((shown.current[key] ?? 0) === available) return;
      shown.current = { ...shown.current, [key]: available };
      // Several changes in a burst (an order of many lines) make one refresh.
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => router.refresh()), 100);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [query, router]);
  return null;
}
