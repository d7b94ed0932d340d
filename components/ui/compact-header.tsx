"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

const PHONE = "(max-width: 767.98px)";

/**
 * The site header, compact on phones once scrolled past (docs/product-page.md#compact-header):
 * it becomes a fixed bar of its first row (name, account, cart) with `data-compact` set, and
 * the search and categories rows hide by CSS (the header's classes). The box it leaves keeps its
 * height, so nothing below moves. It turns compact only when the full header has scrolled up
 * far enough for the bar to cover what is left of it: the cart is never out of reach and no
 * gap shows.
 */
export function CompactHeader({ className, children }: { className: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [reserved, setReserved] = useState<number | undefined>();
  useEffect(() => {
    const header = box.current?.firstElementChild;
    if (!(header instanceof HTMLElement)) return;
    const phone = window.matchMedia(PHONE);
    let full = 0;
    let bar = 0;
    let compact = false;
    let frame = 0;
    const update = () => {
      frame = 0;
      if (!compact) full = header.offsetHeight;
      const next = phone.matches && window.scrollY > full - bar;
      if (next === compact) return;
      compact = next;
      if (compact) header.setAttribute("data-compact", "");
      else header.removeAttribute("data-compact");
      setReserved(compact ? full : undefined);
      if (compact) bar = header.offsetHeight;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    phone.addEventListener("change", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      phone.removeEventListener("change", schedule);
    };
  }, []);
  return (
    <div ref={box} style={reserved ? { height: reserved } : undefined}>
      <header className={className}>{children}</header>
    </div>
  );
}
