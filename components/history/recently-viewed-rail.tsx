"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";
import { ProductImage } from "@/components/catalog/product-image";
import { formatPrice } from "@/lib/i18n/format";
import { nextTask } from "@/lib/browser/idle";
import { THUMBNAIL_IMAGE_WIDTHS } from "@/lib/catalog/images";

interface Item {
  slug: string;
  name: string;
  priceCents: number;
  /** Image key (lib/catalog/images.ts builds the URLs). */
  image: string;
}

/**
 * "Vus récemment": fetched after the page is shown (GET /api/history), so the page itself stays
 * the same for every shopper and cacheable. Nothing is rendered when there is no history.
 */
export function RecentlyViewedRail({ heading, exclude, locale }: { heading: string; exclude?: string; locale: string }) {
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ limit: "8", locale, ...(exclude ? { exclude } : {}) });
    nextTask()
      .then(() => fetch(`/api/history?${query}`, { credentials: "same-origin", cache: "no-store", signal: controller.signal }))
      .then((response) => (response.ok ? response.json() : { items: [] }))
      .then((body: { items?: Item[] }) => setItems(Array.isArray(body.items) ? body.items : []))
      .catch(() => undefined);
    return () => controller.abort();
  }, [exclude, locale]);
  if (!items.length) return null;
  return (
    <section aria-labelledby="recently-viewed" className="flex flex-col gap-3">
      <h2 id="recently-viewed" className="text-xl font-semibold">
        {heading}
      </h2>
      <ul className="scrollbar-none flex gap-3 overflow-x-auto pb-2">
        {items.map((item) => (
          <li key={item.slug} className="w-32 shrink-0 sm:w-40">
            <Link href={`/products/${item.slug}`} className="group flex flex-col gap-1">
              {item.image && <ProductImage imageKey={item.image} alt="" sizes="160px" widths={THUMBNAIL_IMAGE_WIDTHS} className="rounded" />}
              <span className="line-clamp-2 text-sm font-medium group-hover:underline">{item.name}</span>
              <span className="text-sm">{formatPrice(item.priceCents, locale)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
