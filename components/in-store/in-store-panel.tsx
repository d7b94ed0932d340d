"use client";

import { useEffect, useState, type FormEvent } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { GeofencedStore } from "@/lib/in-store/geofence";
import { clearDismissedStore, fetchGeofencedStores, leaveInStoreMode, setInStoreMode } from "@/lib/in-store/mode";
import { TillQr, type TillTexts } from "./till-qr";
import { useInStoreMode } from "./use-in-store-mode";

export type InStorePanelTexts = Record<"chooseTitle" | "chooseIntro" | "store" | "enter" | "youAreAt" | "scan" | "loyalty" | "loyaltyNote" | "leave" | "loading" | "offline", string> & { till: TillTexts };

/**
 * The in-store page's body (docs/in-store.md): outside the mode, "Je suis en magasin" with a
 * store to pick; in it, the scanner, the loyalty card and the cart for the till.
 */
export function InStorePanel({ texts }: { texts: InStorePanelTexts }) {
  const mode = useInStoreMode();
  const [stores, setStores] = useState<GeofencedStore[] | null>(null);
  useEffect(() => {
    if (mode) return;
    let live = true;
    void fetchGeofencedStores().then((found) => live && setStores(found));
    return () => {
      live = false;
    };
  }, [mode]);

  if (mode) {
    return (
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3 rounded-lg border-2 border-ink bg-white p-4">
          <p className="text-xl font-semibold">{texts.youAreAt.replace("{store}", mode.name)}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/scan" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
              {texts.scan}
            </Link>
            <Link href="/account/loyalty" className="rounded-md border border-ink px-4 py-2 font-semibold">
              {texts.loyalty}
            </Link>
            <button type="button" onClick={leaveInStoreMode} className="rounded-md px-4 py-2 underline underline-offset-4">
              {texts.leave}
            </button>
          </div>
          <p className="text-sm text-muted">{texts.loyaltyNote}</p>
        </div>
        <TillQr texts={texts.till} />
      </div>
    );
  }

  function enter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const slug = String(new FormData(event.currentTarget).get("store") ?? "");
    const store = stores?.find((candidate) => candidate.slug === slug);
    if (!store) return;
    clearDismissedStore();
    setInStoreMode({ ...store, via: "chosen" });
  }

  return (
    <form onSubmit={enter} aria-labelledby="choose-title" className="flex max-w-md flex-col gap-3 rounded-lg border border-line bg-white p-4">
      <h2 id="choose-title" className="text-xl font-semibold">
        {texts.chooseTitle}
      </h2>
      <p className="text-muted">{texts.chooseIntro}</p>
      {stores === null ? (
        <p role="status">{texts.loading}</p>
      ) : stores.length === 0 ? (
        <p role="alert">{texts.offline}</p>
      ) : (
        <>
          <label htmlFor="in-store-store" className="font-medium">
            {texts.store}
          </label>
          <select id="in-store-store" name="store" className="rounded-md border border-stone-400 px-3 py-2">
            {stores.map((store) => (
              <option key={store.slug} value={store.slug}>
                {store.name}
              </option>
            ))}
          </select>
          <button type="submit" className="self-start rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {texts.enter}
          </button>
        </>
      )}
    </form>
  );
}
