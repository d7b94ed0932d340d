"use client";

import { signedInHint } from "@/lib/auth/signed-in-hint";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";

type State = "unknown" | "signed-out" | "saved" | "not-saved" | "busy";

/** Adds the product to (or removes it from) the account's wishlist; signed out, a link to sign in. */
export function WishlistButton({ product, texts }: { product: string; texts: { add: string; remove: string; signIn: string } }) {
  const [state, setState] = useState<State>("unknown");
  useEffect(() => {
    const controller = new AbortController();
    // Signed out (most visits of a cached page): the page's one session check says so, no wishlist request.
    void signedInHint()
      .then(async (signedIn) => {
        if (!signedIn) return setState("signed-out");
        const response = await fetch(`/api/wishlist?product=${encodeURIComponent(product)}`, { credentials: "same-origin", cache: "no-store", signal: controller.signal });
        if (response.status === 401) return setState("signed-out");
        if (response.ok) setState(((await response.json()) as { saved?: boolean }).saved ? "saved" : "not-saved");
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [product]);

  if (state === "signed-out") {
    return (
      <Link href={`/login?next=${encodeURIComponent(`/products/${product}`)}`} className="text-sm font-medium underline underline-offset-4">
        {texts.signIn}
      </Link>
    );
  }
  const saved = state === "saved";
  return (
    <button
      type="button"
      aria-pressed={saved}
      disabled={state === "busy" || state === "unknown"}
      onClick={async () => {
        setState("busy");
        const response = await fetch("/api/wishlist", {
          method: saved ? "DELETE" : "POST",
          headers: { "Content-Type": "application/json" },
          credentials: "same-origin",
          body: JSON.stringify({ product }),
        }).catch(() => null);
        if (response?.status === 401) return setState("signed-out");
        setState(response?.ok ? (saved ? "not-saved" : "saved") : saved ? "saved" : "not-saved");
      }}
      className="self-start rounded-md border border-line px-3 py-2 text-sm font-medium disabled:opacity-60"
    >
      <span aria-hidden="true">{saved ? "♥ " : "♡ "}</span>
      {saved ? texts.remove : texts.add}
    </button>
  );
}
