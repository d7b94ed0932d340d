"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface Props {
  label: string;
  locatingText: string;
  unavailableText: string;
  /** The page to show with `lat` and `lng` added to it. */
  baseHref: string;
  cookieName: string;
}

/**
 * "Use my location": asks the browser for the shopper's position only when they press it,
 * remembers it (rounded to ~100 m) in a first-party cookie for the product pages' summary, and
 * reloads the list sorted from there.
 */
export function LocateMe({ label, locatingText, unavailableText, baseHref, cookieName }: Props) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "locating" | "unavailable">("idle");
  const locate = () => {
    if (!("geolocation" in navigator)) return setState("unavailable");
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const lat = Math.round(coords.latitude * 1000) / 1000;
        const lng = Math.round(coords.longitude * 1000) / 1000;
        document.cookie = `${cookieName}=${lat},${lng}; path=/; max-age=31536000; samesite=lax`;
        const url = new URL(baseHref, location.href);
        url.searchParams.set("lat", String(lat));
        url.searchParams.set("lng", String(lng));
        setState("idle");
        router.replace(url.pathname + url.search, { scroll: false });
      },
      () => setState("unavailable"),
      { maximumAge: 300_000, timeout: 10_000 },
    );
  };
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        onClick={locate}
        disabled={state === "locating"}
        className="self-start rounded-md bg-ink px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {label}
      </button>
      <p role="status" className="text-sm text-warn">
        {state === "locating" ? <span className="text-muted">{locatingText}</span> : state === "unavailable" ? unavailableText : null}
      </p>
    </div>
  );
}
