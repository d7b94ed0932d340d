"use client";

import { useEffect, useState } from "react";
import { takeMergeNotice } from "@/lib/auth/browser";

/**
 * Tells the shopper, once, what signing in merged into this device's cart
 * ("2 articles de votre autre appareil ajoutés au panier"). Each text comes as its singular and
 * plural forms rendered for 1 and 2 on the server; the number in them is replaced here.
 */
export function MergeNotice({ added, updated }: { added: [string, string]; updated: [string, string] }) {
  const [notice, setNotice] = useState<{ added: number; updated: number } | null>(null);
  useEffect(() => {
    // After the first paint: the live region must already be on the page for its news to be read out.
    const timer = setTimeout(() => setNotice(takeMergeNotice()), 50);
    return () => clearTimeout(timer);
  }, []);
  const text = (forms: [string, string], count: number) => (count === 1 ? forms[0] : forms[1]).replace(/\d+/, String(count));
  return (
    <div role="status" className="empty:hidden">
      {notice && (notice.added > 0 || notice.updated > 0) && (
        <p className="rounded-md border border-ok bg-emerald-50 px-4 py-3 font-medium text-emerald-900">
          {[notice.added > 0 ? text(added, notice.added) : null, notice.updated > 0 ? text(updated, notice.updated) : null].filter(Boolean).join(" · ")}
        </p>
      )}
    </div>
  );
}
