"use client";

import { useRouter } from "@/lib/i18n/navigation";
import type { GeofencedStore } from "@/lib/in-store/geofence";
import { clearDismissedStore, setInStoreMode } from "@/lib/in-store/mode";
import { useInStoreMode } from "./use-in-store-mode";

/** "Je suis en magasin" on a store's page (docs/in-store.md): starts in-store mode for that store and opens the in-store page. */
export function EnterStoreButton({ store, label }: { store: GeofencedStore; label: string }) {
  const mode = useInStoreMode();
  const router = useRouter();
  if (mode?.slug === store.slug) return null;
  return (
    <button
      type="button"
      onClick={() => {
        clearDismissedStore();
        setInStoreMode({ ...store, via: "chosen" });
        router.push("/in-store");
      }}
      className="self-start rounded-md border border-ink px-4 py-2 font-semibold"
    >
      {label}
    </button>
  );
}
