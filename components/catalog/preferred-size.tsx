"use client";

import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { signedInHint } from "@/lib/auth/signed-in-hint";
import { skuInPreferredSize, skuInSizes, type SizedSku } from "@/lib/preferences/preferred-sku";

/**
 * Preselects a size when the URL names no SKU: the one the shopper filtered the category by
 * (`?size=`, carried by the listing's links, docs/product-page.md#variants), else the signed-in
 * shopper's saved size (docs/engagement.md#using-preferences, asked of `/api/preferences`), by
 * moving to `?sku=` in that size. It runs in the browser so the product page itself stays the
 * same for everyone, and cacheable; whether anyone is signed in is the page's one session check.
 */
export function PreferredSize({ productSlug, category, skus, selected }: { productSlug: string; category: string; skus: SizedSku[]; selected: string }) {
  const router = useRouter();
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    if (query.has("sku")) return;
    const move = (sku: SizedSku | undefined) => {
      if (sku && sku.sku !== selected) router.replace(`/products/${productSlug}?sku=${encodeURIComponent(sku.sku)}`, { scroll: false });
    };
    const asked = skuInSizes(skus, query.getAll("size"));
    if (asked) return move(asked);
    const controller = new AbortController();
    void (async () => {
      if (!(await signedInHint())) return;
      const response = await fetch("/api/preferences", { credentials: "same-origin", cache: "no-store", signal: controller.signal }).catch(() => null);
      if (!response?.ok) return;
      const { sizes } = (await response.json()) as { sizes?: Record<string, string> };
      move(skuInPreferredSize(skus, category, sizes ?? {}));
    })();
    return () => controller.abort();
  }, [productSlug, category, skus, selected, router]);
  return null;
}
