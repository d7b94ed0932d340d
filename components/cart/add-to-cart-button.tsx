"use client";

import { useState } from "react";
import { track } from "@/lib/analytics/track";
import { getCartLines, setLineQuantity } from "@/lib/offline/cart-store";
import { MAX_LINE_QUANTITY } from "@/lib/cart/types";

export interface AddToCartTexts {
  add: string;
  added: string;
  addFailed: string;
  viewCart: string;
}

/**
 * Adds one unit of a SKU to the device's cart (IndexedDB; works offline). The server checks
 * stock and price again at checkout, so this only needs the SKU.
 */
export function AddToCartButton({ sku, texts }: { sku: string; texts: AddToCartTexts }) {
  const [state, setState] = useState<"idle" | "busy" | "added" | "failed">("idle");

  const add = async () => {
    setState("busy");
    try {
      const current = (await getCartLines()).find((line) => line.sku === sku)?.quantity ?? 0;
      await setLineQuantity(sku, Math.min(MAX_LINE_QUANTITY, current + 1));
      setState("added");
      void track("add_to_cart");
    } catch {
      setState("failed");
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={() => void add()}
        disabled={state === "busy"}
        className="rounded-md bg-brand px-5 py-3 text-center font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {texts.add}
      </button>
      <p role="status" className="min-h-5 text-sm">
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
