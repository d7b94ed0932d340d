"use client";

import { useEffect, useState } from "react";

const background = () => import("@/components/pwa/background");

export interface AddToCartTexts {
  add: string;
  added: string;
  addFailed: string;
  viewCart: string;
}

/**
 * Adds one unit of a SKU to the device's cart (IndexedDB; works offline). The server checks
 * stock and price again at checkout, so this only needs the SKU.
 *
 * The button is rendered disabled and only enabled once this page has read the cart (the
 * database is then open), so a tap before the page's code runs is visibly not taken; "Ajouté"
 * is shown only once the add has committed (docs/offline.md#adding-to-the-cart). The cart store
 * comes with the layout islands' background code, not with the page (components/pwa/background.ts).
 */
export function AddToCartButton({ sku, texts }: { sku: string; texts: AddToCartTexts }) {
  const [state, setState] = useState<"loading" | "idle" | "busy" | "added" | "failed">("loading");

  useEffect(() => {
    let active = true;
    void background()
      .then(({ getCartLines }) => getCartLines())
      .then(() => {
        if (active) setState((current) => (current === "loading" ? "idle" : current));
      });
    return () => {
      active = false;
    };
  }, []);

  const add = async () => {
    setState("busy");
    try {
      // Loaded already: the button is enabled only once the cart was read through it.
      const { addToCart, track } = await background();
      await addToCart(sku);
      setState("added");
      void track("add_to_cart");
    } catch {
      setState("failed");
    }
  };

  const waiting = state === "loading" || state === "busy";
  return (
    <div className="flex flex-col gap-2">
      <button
        data-buy-action
        type="button"
        onClick={() => void add()}
        disabled={waiting}
        aria-busy={waiting}
        className="rounded-md bg-brand px-5 py-3 text-center font-semibold text-white hover:bg-brand-dark disabled:cursor-wait disabled:opacity-70"
      >
        {texts.add}
      </button>
      {/* The live region stays in the accessibility tree, but takes no room until it has something to say:
          an empty reserved line put a 40 px gap above the buy box's delivery promise on phones. */}
      <p role="status" className="text-sm empty:sr-only">
        {state === "added" && (
          <>
            <span className="font-medium text-ok">{texts.added}</span> ·{" "}
            <a href="/cart" className="underline underline-offset-4">
              {texts.viewCart}
            </a>
          </>
        )}
        {state === "failed" && <span className="text-warn">{texts.addFailed}</span>}
      </p>
    </div>
  );
}
