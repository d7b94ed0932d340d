"use client";

import { useEffect, useState } from "react";
import type { CartLine } from "@/lib/cart/types";

/**
 * The number of items next to the header's cart link, kept in step across tabs. Hidden from
 * assistive technology so the link's name stays "Panier"/"Cart"; the cart page says the count.
 * The cart store (IndexedDB) is fetched when the count is read, not with the page: this island
 * is on every page; it comes with the other islands' background code (components/pwa/background.ts).
 */
export function CartCount() {
  const [items, setItems] = useState(0);
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    void import("@/components/pwa/background").then(({ getCartLines, subscribeToCart, visibleLines }) => {
      if (!active) return;
      const count = (lines: CartLine[]) => visibleLines(lines).reduce((sum, line) => sum + line.quantity, 0);
      unsubscribe = subscribeToCart((lines) => setItems(count(lines)));
      void getCartLines().then((lines) => {
        if (active) setItems(count(lines));
      });
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
