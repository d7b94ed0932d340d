"use client";

import { useEffect, useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { availabilityUrl } from "@/lib/catalog/sku-choice";
import { ONLINE_LOCATION } from "@/lib/catalog/locations";
import type { DeliveryConfig } from "@/lib/delivery/config";
import { EndlessAisle, type EndlessAisleTexts } from "./endless-aisle";
import { useInStoreMode } from "./use-in-store-mode";

export interface StoreStockTexts {
  /** "Chez {store}" (raw). */
  title: string;
  intro: string;
  loading: string;
  /** "{count} en rayon" (raw). */
  onShelf: string;
  notOnShelf: string;
  onlineIn: string;
  onlineOut: string;
  selected: string;
  otherStores: string;
  deliver: string;
  shipHere: string;
  aisle: EndlessAisleTexts;
}

export interface SizeLine {
  sku: string;
  label: string;
  priceCents: number;
}

/** The stock stream takes at most this many SKUs (app/api/stock/stream/route.ts). */
const STREAM_MAX_SKUS = 20;

/**
 * In-store mode's lead on the product page (docs/in-store.md): this store's units per size,
 * then online, live from `/api/stock/stream`; a size the shelf lacks can be delivered home or
 * shipped here (the endless aisle). Renders nothing outside in-store mode: the page is cached for
 * everyone and the store is this browser's own.
 */
export function StoreStockBySize({ product, sizes, selected, locale, delivery, texts }: { product: string; sizes: SizeLine[]; selected?: string; locale: string; delivery: DeliveryConfig; texts: StoreStockTexts }) {
  const mode = useInStoreMode();
  const [stream, setStream] = useState<{ key: string; levels: Record<string, number> } | null>(null);
  const [ordering, setOrdering] = useState<{ sku: string; kind: "home" | "store" } | null>(null);
  const skus = sizes.slice(0, STREAM_MAX_SKUS).map((size) => size.sku).join(",");
  const key = mode ? `${mode.slug}|${skus}` : "";

  useEffect(() => {
    if (!key) return;
    const source = new EventSource(`/api/stock/stream?skus=${encodeURIComponent(skus)}`);
    const add = (entries: Record<string, number>) => setStream((known) => ({ key, levels: { ...(known?.key === key ? known.levels : {}), ...entries } }));
    source.addEventListener("stock", (event) => {
      const { sku, location, available } = JSON.parse((event as MessageEvent<string>).data) as { sku: string; location: string; available: number };
      add({ [`${sku}@${location}`]: available });
    });
    // The stream starts with every level there is; a level it does not send is none.
    source.addEventListener("open", () => add({}));
    return () => source.close();
  }, [key, skus]);

  const levels = stream?.key === key ? stream.levels : null;
  if (!mode) return null;
  const at = (sku: string, location: string) => levels?.[`${sku}@${location}`] ?? 0;
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

  return (
    <section aria-labelledby="store-stock-title" data-store={mode.slug} className="flex flex-col gap-3 rounded-lg border-2 border-ink bg-white p-4 text-sm">
      <div>
        <h2 id="store-stock-title" className="text-base font-semibold">
          {fill(texts.title, { store: mode.name })}
        </h2>
        <p className="text-muted">{texts.intro}</p>
      </div>
      {levels === null ? (
        <p role="status">{texts.loading}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line" aria-label={fill(texts.title, { store: mode.name })}>
          {sizes.slice(0, STREAM_MAX_SKUS).map((size) => {
            const here = at(size.sku, mode.slug);
            const online = at(size.sku, ONLINE_LOCATION);
            return (
              <li key={size.sku} data-sku={size.sku} className="flex flex-col gap-2 py-2">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-semibold">
                    {size.label}
                    {size.sku === selected && <span className="ml-2 font-normal text-muted">({texts.selected})</span>}
                  </span>
                  <span className={here > 0 ? "font-semibold text-ok" : "text-warn"}>{here > 0 ? fill(texts.onShelf, { count: here }) : texts.notOnShelf}</span>
                  <span className="w-full text-muted">{online > 0 ? texts.onlineIn : texts.onlineOut}</span>
                </div>
                {here === 0 && online > 0 && (
                  <div className="flex flex-wrap gap-2">
                    <button type="button" onClick={() => setOrdering({ sku: size.sku, kind: "home" })} aria-expanded={ordering?.sku === size.sku && ordering.kind === "home"} className="rounded-md bg-brand px-3 py-2 font-semibold text-white hover:bg-brand-dark">
                      {texts.deliver}
                    </button>
                    <button type="button" onClick={() => setOrdering({ sku: size.sku, kind: "store" })} aria-expanded={ordering?.sku === size.sku && ordering.kind === "store"} className="rounded-md border border-ink px-3 py-2 font-semibold">
                      {texts.shipHere}
                    </button>
                  </div>
                )}
                {here === 0 && online === 0 && (
                  <Link href={availabilityUrl(product, size.sku)} className="self-start underline underline-offset-4">
                    {texts.otherStores}
                  </Link>
                )}
                {ordering?.sku === size.sku && <EndlessAisle key={ordering.kind} kind={ordering.kind} sku={size.sku} label={size.label} priceCents={size.priceCents} store={mode} locale={locale} delivery={delivery} texts={texts.aisle} />}
              </li>
            );
          })}
        </ul>
      )}
      <Link href={availabilityUrl(product, selected ?? sizes[0]?.sku ?? "")} className="self-start font-medium underline underline-offset-4">
        {texts.otherStores}
      </Link>
    </section>
  );
}
