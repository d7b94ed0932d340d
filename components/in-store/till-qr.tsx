"use client";

import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { tillUrl } from "@/lib/in-store/till-code";
import { getCartLines, subscribeToCart } from "@/lib/offline/cart-store";

export type TillTexts = Record<"title" | "intro" | "empty" | "alt" | "awake", string>;

/** Keeps the screen on while the code is shown (Screen Wake Lock, where the browser has it). */
function useWakeLock(on: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!on || !("wakeLock" in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let live = true;
    const take = () =>
      navigator.wakeLock
        .request("screen")
        .then((sentinel) => {
          if (!live) return void sentinel.release();
          lock = sentinel;
          setHeld(true);
          sentinel.addEventListener("release", () => setHeld(false));
        })
        .catch(() => setHeld(false));
    // The browser drops the lock when the page is hidden: take it again on return.
    const onVisible = () => document.visibilityState === "visible" && void take();
    void take();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", onVisible);
      void lock?.release();
    };
  }, [on]);
  return held;
}

/**
 * The cart as a QR code for the till (docs/in-store.md): SKU codes and quantities only, in a link
 * to the staff till page, which a cashier's signed-in device opens as a list. Drawn on the
 * device from the device cart, so the cached page holds nothing of the shopper's.
 */
export function TillQr({ texts }: { texts: TillTexts }) {
  const [code, setCode] = useState<{ image: string; items: number } | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const draw = async () => {
      const lines = (await getCartLines()).filter((line) => line.quantity > 0).map(({ sku, quantity }) => ({ sku, quantity }));
      const image = lines.length ? await QRCode.toDataURL(tillUrl(location.origin, lines), { errorCorrectionLevel: "M", margin: 2, width: 320 }) : null;
      if (live) setCode(image ? { image, items: lines.reduce((sum, line) => sum + line.quantity, 0) } : null);
    };
    void draw();
    const unsubscribe = subscribeToCart(() => void draw());
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  const awake = useWakeLock(!!code);
  return (
    <section id="till" aria-labelledby="till-title" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
      <h2 id="till-title" className="text-xl font-semibold">
        {texts.title}
      </h2>
      {code === null && <p>{texts.empty}</p>}
      {code && (
        <>
          <p className="text-muted">{texts.intro}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the device; nothing to optimise */}
          <img src={code.image} alt={texts.alt.replace("{count}", String(code.items))} width={320} height={320} className="self-center" />
          {awake && <p className="text-sm text-muted">{texts.awake}</p>}
        </>
      )}
    </section>
  );
}
