"use client";

import { useEffect, useState } from "react";

/**
 * Keeps the screen on while the card is shown (Screen Wake Lock), so it does not dim at the till.
 * On by default; the switch turns it off. The browser drops the lock when the page is hidden; it
 * is released then and taken again when the page comes back (docs/engagement.md#the-card-at-the-till).
 */
export function WakeLockToggle({ texts }: { texts: { wakeLock: string; wakeOn: string; wakeOff: string; wakeUnsupported: string } }) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [wanted, setWanted] = useState(true);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    const available = typeof navigator !== "undefined" && "wakeLock" in navigator;
    queueMicrotask(() => setSupported(available));
  }, []);

  useEffect(() => {
    if (!supported || !wanted) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (stopped || sentinel || document.visibilityState !== "visible") return;
      try {
        const lock = await navigator.wakeLock.request("screen");
        if (stopped) {
          void lock.release();
          return;
        }
        sentinel = lock;
        setHeld(true);
        lock.addEventListener("release", () => {
          sentinel = null;
          setHeld(false);
        });
      } catch {
        // Refused (battery saver, a policy): the status says the screen may sleep.
        setHeld(false);
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") void acquire();
      else void sentinel?.release();
    };
    void acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release();
    };
  }, [supported, wanted]);

  if (supported === false) return <p className="text-sm text-muted">{texts.wakeUnsupported}</p>;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        role="switch"
        aria-checked={wanted}
        disabled={supported === null}
        onClick={() => setWanted((value) => !value)}
        className="inline-flex items-center gap-3 rounded-full border border-ink px-3 py-1.5 text-sm font-medium disabled:opacity-60"
      >
        <span aria-hidden="true" className={`relative inline-block h-5 w-9 rounded-full transition-colors ${wanted ? "bg-ok" : "bg-stone-300"}`}>
          <span className={`absolute top-0.5 size-4 rounded-full bg-white shadow transition-all ${wanted ? "left-[1.125rem]" : "left-0.5"}`} />
        </span>
        {texts.wakeLock}
      </button>
      <p role="status" className="text-sm text-muted">
        {wanted && held ? texts.wakeOn : texts.wakeOff}
      </p>
    </div>
  );
}
