"use client";

import { useEffect, useRef, type ReactNode } from "react";

const PHONE = "(max-width: 767.98px)";

/**
 * The site header on phones once the page scrolls (docs/product-page.md#compact-header): it is
 * pinned to the top (`data-pinned`, fixed), whole at first, then, once the page has scrolled
 * by what the hidden rows would save, compact (`data-compact`: the search and categories rows
 * hide by CSS, the header's classes), a bar of its first row: name, account, cart. The cart is
 * on screen at every scroll position. The box it leaves keeps its height, so nothing below moves.
 */
export function CompactHeader({ className, children }: { className: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const place = box.current;
    const header = place?.firstElementChild;
    if (!place || !(header instanceof HTMLElement)) return;
    const phone = window.matchMedia(PHONE);
    // Measured when first needed (a phone scrolled), not on mount: reading heights during
    // hydration forced a whole-page style and layout pass inside React's commit, a long task on
    // a slow phone (docs/benchmarks.md, run 14). 0 = to measure.
    let full = 0;
    let bar = 0;
    let frame = 0;
    const measure = () => {
      // Both heights in one layout pass, before anything is painted with the attributes on.
      const pinned = header.hasAttribute("data-pinned");
      const compact = header.hasAttribute("data-compact");
      // The page keeps its length while the header is measured out of the flow: shorter for one
      // layout, it would pull a page already scrolled to its end (before this ran) up by the header.
      const held = place.style.height;
      place.style.height = `${place.offsetHeight}px`;
      header.removeAttribute("data-pinned");
      header.removeAttribute("data-compact");
      full = header.offsetHeight;
      header.setAttribute("data-pinned", "");
      header.setAttribute("data-compact", "");
      bar = header.offsetHeight;
      header.toggleAttribute("data-pinned", pinned);
      header.toggleAttribute("data-compact", compact);
      place.style.height = held;
    };
    const update = () => {
      frame = 0;
      const pinned = phone.matches && window.scrollY > 0;
      if (pinned && !full) measure();
      const compact = pinned && window.scrollY > full - bar;
      // In the same frame as the header leaves the flow, or the page would shift (and the
      // browser's scroll anchoring jump).
      place.style.height = pinned ? `${full}px` : "";
      header.toggleAttribute("data-pinned", pinned);
      header.toggleAttribute("data-compact", compact);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const remeasure = () => {
      full = 0;
      schedule();
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", remeasure, { passive: true });
    phone.addEventListener("change", remeasure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", remeasure);
      phone.removeEventListener("change", remeasure);
    };
  }, []);
  return (
    <div ref={box}>
      <header className={className}>{children}</header>
    </div>
  );
}
