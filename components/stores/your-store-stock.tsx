"use client";

import { useEffect, useState } from "react";
import { stockLevelWords } from "@/lib/stores/stock-words";

export interface YourStoreTexts {
  /** Raw messages: `{store}` and `{count}` are filled in here. */
  yourStore: string;
  inStock: string;
  onlyLeft: string;
  out: string;
}

interface StoreStock {
  slug: string;
  name: string;
  stock?: number;
}

/** The store this browser reserved at last (a cookie set by the reservation), if any. */
function rememberedStore(cookieName: string): string | null {
  const value = document.cookie.split("; ").find((part) => part.startsWith(`${cookieName}=`))?.slice(cookieName.length + 1);
  return value ? decodeURIComponent(value) : null;
}

async function storesOf(query: string): Promise<StoreStock[]> {
  const response = await fetch(`/api/stores${query}`, { cache: "no-store" });
  return response.ok ? ((await response.json()) as { stores: StoreStock[] }).stores : [];
}

/**
 * "Lyon Part-Dieu (votre magasin) · Plus que 2" on the product page: a client island, since the
 * page is cached for everyone (docs/scaling.md) and the store is this browser's own. `version`
 * changes when the live stock does, so the line follows it.
 */
export function YourStoreStock({ sku, cookieName, texts, version }: { sku: string; cookieName: string; texts: YourStoreTexts; version: string }) {
  const [line, setLine] = useState<{ name: string; stock: number } | null>(null);
  useEffect(() => {
    const slug = rememberedStore(cookieName);
    if (!slug) return;
    let active = true;
    void (async () => {
      const holding = await storesOf(`?sku=${encodeURIComponent(sku)}`);
      const found = holding.find((store) => store.slug === slug) ?? (await storesOf("")).find((store) => store.slug === slug);
      if (active && found) setLine({ name: found.name, stock: found.stock ?? 0 });
    })().catch(() => undefined);
    return () => {
      active = false;
    };
  }, [sku, cookieName, version]);
  if (!line) return null;
  const { key, count } = stockLevelWords(line.stock);
  const words = key === "inStock" ? texts.inStock : key === "onlyLeft" ? texts.onlyLeft.replace("{count}", String(count)) : texts.out;
  return (
    <p className="flex justify-between gap-3">
      <span>{texts.yourStore.replace("{store}", line.name)}</span>
      <span className={line.stock > 0 ? "font-medium text-ok" : "text-warn"}>{words}</span>
    </p>
  );
}
