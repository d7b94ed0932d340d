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
const MAX_RETRIES = 3;
const RETRY_MS = 400;

export function LiveStock({ skus, levels }: { skus: string[]; levels: Record<string, number> }) {
  const router = useRouter();
  const shown = useRef(levels);
  /** Levels the stream reported that the page did not show yet, and refreshes tried for them. */
  const awaited = useRef<Record<string, number>>({});
  const retries = useRef(0);
  useEffect(() => {
    shown.current = levels;
    // The page is served from a cache that the change revalidates (docs/scaling.md); should a
    // refresh still meet the older copy, ask again shortly, a few times at most.
    const behind = Object.entries(awaited.current).some(([key, available]) => (levels[key] ?? 0) !== available);
    if (!behind) {
      awaited.current = {};
      retries.current = 0;
      return;
    }
    if (retries.current >= MAX_RETRIES) return;
    retries.current += 1;
    const timer = setTimeout(() => startTransition(() => router.refresh()), RETRY_MS);
    return () => clearTimeout(timer);
  }, [levels, router]);
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
      awaited.current = { ...awaited.current, [key]: available };
      retries.current = 0;
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
