"use client";

import { useState } from "react";
import { signOut } from "@/lib/auth/browser";

/** Signs out and clears this device's personal data (cart, queues, cached pages). */
export function SignOutButton({ label, loginPath, className = "" }: { label: string; loginPath: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut(loginPath);
      }}
      className={`rounded-md border border-ink px-4 py-2 font-medium disabled:opacity-60 ${className}`}
    >
      {label}
    </button>
  );
}
