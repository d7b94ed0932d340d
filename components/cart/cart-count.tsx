"use client";

import { useEffect, useState } from "react";
import { visibleLines } from "@/lib/cart/merge";
import type { CartLine } from "@/lib/cart/types";
import { getCartLines, subscribeToCart } from "@/lib/offline/cart-store";

const count = (lines: CartLine[]) => visibleLines(lines).reduce((sum, line) => sum + line.quantity, 0);

/**
 * The number of items next to the header's cart link, kept in step across tabs. Hidden from
 * assistive technology so the link's name stays "Panier"/"Cart"; the cart page says the count.
 * The cart store comes with the page, not by `import()`: this island is on every page, and the
 * islands fetched after load (cart replay, mirror refresh, product islands) then share its copy
 * of the IndexedDB layer instead of each carrying one (docs/benchmarks.md, run 11).
 */
export function CartCount() {
  const [items, setItems] = useState(0);
  useEffect(() => {
    let active = true;
    const unsubscribe = subscribeToCart((lines) => setItems(count(lines)));
    void getCartLines().then((lines) => {
      if (active) setItems(count(lines));
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  if (items === 0) return null;
  return (
    <span aria-hidden="true" className="ml-1.5 inline-block min-w-5 rounded-full bg-brand px-1.5 text-center text-xs leading-5 font-semibold text-white" data-cart-count>
      {items}
    </span>
  );
}
