"use client";

import { useEffect, useState } from "react";
import { nextTask } from "@/lib/browser/idle";
import { Link } from "@/lib/i18n/navigation";
import { hasLeft, storeAt } from "@/lib/in-store/geofence";
import { clearDismissedStore, dismissedStore, fetchGeofencedStores, leaveInStoreMode, locationAlreadyAllowed, readInStoreMode, setInStoreMode } from "@/lib/in-store/mode";
import { useInStoreMode } from "./use-in-store-mode";

export interface InStoreBannerTexts {
  /** "Vous êtes chez {store}" (raw: filled in here). */
  youAreAt: string;
  /** "Vous avez quitté {store}" (raw). */
  left: string;
  scan: string;
  loyalty: string;
  till: string;
  leave: string;
  label: string;
}

/**
 * In-store mode's banner and geofence (docs/in-store.md), on every page. Only when the shopper
 * already allowed location (Permissions API: never a prompt on its own) it watches the position:
 * entering a store's radius starts the mode, leaving it ends it. Otherwise the mode starts from
 * "Je suis en magasin" and ends with "Quitter le mode magasin".
 */
export function InStoreBanner({ texts }: { texts: InStoreBannerTexts }) {
  const mode = useInStoreMode();
  const [leftStore, setLeftStore] = useState<string | null>(null);

  useEffect(() => {
    let watch: number | undefined;
    let active = true;
    void (async () => {
      await nextTask();
      if (!active) return;
      if (!(await locationAlreadyAllowed()) || !active) return;
      const stores = await fetchGeofencedStores();
      if (!active) return;
      watch = navigator.geolocation.watchPosition(
        ({ coords }) => {
          const here = { lat: coords.latitude, lng: coords.longitude };
          const current = readInStoreMode();
          const dismissed = stores.find((store) => store.slug === dismissedStore());
          if (dismissed && hasLeft(here, dismissed)) clearDismissedStore();
          if (current && hasLeft(here, current)) {
            setInStoreMode(null);
            setLeftStore(current.name);
          }
          if (!current || hasLeft(here, current)) {
            const store = storeAt(here, stores);
            if (store && store.slug === dismissedStore()) return;
            if (store) {
              setInStoreMode({ ...store, via: "position" });
              setLeftStore(null);
            }
          }
        },
        () => undefined,
        { enableHighAccuracy: true, maximumAge: 30_000 },
      );
    })();
    return () => {
      active = false;
      if (watch !== undefined) navigator.geolocation.clearWatch(watch);
    };
  }, []);

  return (
    <div className={mode ? "border-b border-line bg-ink text-white" : undefined}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 text-sm">
        <div role="status" className={mode ? "py-2 font-semibold" : "sr-only"}>
          {mode ? texts.youAreAt.replace("{store}", mode.name) : leftStore ? texts.left.replace("{store}", leftStore) : null}
        </div>
        {mode && (
          <nav aria-label={texts.label} className="flex flex-wrap items-center gap-x-4 gap-y-2 pb-2 sm:py-2">
            <Link href="/scan" className="rounded-md bg-white px-3 py-1.5 font-semibold text-ink">
              {texts.scan}
            </Link>
            <Link href="/account/loyalty" className="underline underline-offset-4">
              {texts.loyalty}
            </Link>
            <Link href="/in-store#till" className="underline underline-offset-4">
              {texts.till}
            </Link>
            <button type="button" onClick={leaveInStoreMode} className="underline underline-offset-4">
              {texts.leave}
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}
