"use client";

import { useEffect, useState, type ReactNode } from "react";

/**
 * The phone's bottom bar (docs/product-page.md#buying-within-thumb-reach): shown only while the
 * buy box's action (`#buy-box [data-buy-action]`) is not wholly on screen, below the pinned
 * header when there is one; `hidden` (not just out of sight) otherwise, so exactly one
 * "Ajouter au panier" can be seen and reached at a time. Its content is server-rendered; this
 * island only watches the scroll (one layout read per frame at most). `sku` re-targets it
 * after a choice. While it is in the page, the body keeps room under the footer for it (the
 * layout's `has-[[data-buy-bar]]`), or it would cover the footer's last links.
 */
export function StickyBuyBar({ label, sku, children }: { label: string; sku: string; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const action = document.querySelector("#buy-box [data-buy-action]");
    if (!action) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const { top, bottom } = action.getBoundingClientRect();
      const covered = Math.max(0, document.querySelector("header[data-pinned]")?.getBoundingClientRect().bottom ?? 0);
      setShown(top < covered || bottom > window.innerHeight);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    // The header pins itself on the same scroll, maybe in a later frame: look again when it does.
    const header = new MutationObserver(schedule);
    const site = document.querySelector("header");
    if (site) header.observe(site, { attributes: true, attributeFilter: ["data-pinned", "data-compact"] });
    return () => {
      header.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [sku]);
  return (
    <section
      aria-label={label}
      data-buy-bar
      hidden={!shown}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-white/95 px-4 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-4px_12px_rgb(0_0_0/0.08)] backdrop-blur md:hidden"
    >
      {children}
    </section>
  );
}
