"use client";

import { useEffect, useState, type ReactNode } from "react";

/** Height kept clear at the top for the compact header (components/ui/compact-header.tsx). */
const HEADER_CLEARANCE_PX = 64;

/**
 * The phone's bottom bar (docs/product-page.md#buying-within-thumb-reach): shown only while the
 * buy box's action (`#buy-box [data-buy-action]`) is not wholly on screen, so exactly one
 * "Ajouter au panier" is exposed at a time; hidden (not just out of sight) otherwise. Its
 * content is server-rendered; this island only observes. `sku` re-targets it after a choice.
 */
export function StickyBuyBar({ label, sku, children }: { label: string; sku: string; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const action = document.querySelector("#buy-box [data-buy-action]");
    if (!action) return;
    const observer = new IntersectionObserver(([entry]) => setShown((entry?.intersectionRatio ?? 0) < 0.99), {
      rootMargin: `-${HEADER_CLEARANCE_PX}px 0px 0px 0px`,
      threshold: [0, 0.99],
    });
    observer.observe(action);
    return () => observer.disconnect();
  }, [sku]);
  return (
    <section
      aria-label={label}
      hidden={!shown}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-white/95 px-4 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-4px_12px_rgb(0_0_0/0.08)] backdrop-blur md:hidden"
    >
      {children}
    </section>
  );
}
