"use client";

import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { readDeviceSession } from "@/lib/offline/personal-data";
import { skuInPreferredSize, type SizedSku } from "@/lib/preferences/preferred-sku";

/**
 * Preselects the signed-in shopper's saved size (docs/engagement.md#using-preferences): when the
 * URL names no SKU, it asks `/api/preferences` and moves to `?sku=` in that size. It runs in the
 * browser so the product page itself stays the same for everyone, and cacheable.
 */
export function PreferredSize({ productSlug, category, skus, selected }: { productSlug: string; category: string; skus: SizedSku[]; selected: string }) {
  const router = useRouter();
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has("sku")) return;
    const controller = new AbortController();
    void (async () => {
      if ((await readDeviceSession()) !== "signed-in") return;
      const response = await fetch("/api/preferences", { credentials: "same-origin", cache: "no-store", signal: controller.signal }).catch(() => null);
      if (!response?.ok) return;
      const { sizes } = (await response.json()) as { sizes?: Record<string, string> };
      const preferred = skuInPreferredSize(skus, category, sizes ?? {});
      if (preferred && preferred.sku !== selected) router.replace(`/products/${productSlug}?sku=${encodeURIComponent(preferred.sku)}`, { scroll: false });
    })();
    return () => controller.abort();
  }, [productSlug, category, skus, selected, router]);
  return null;
}
