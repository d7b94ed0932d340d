"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { addPasskey } from "@/lib/auth/browser";

/** Registers a passkey for this device (the WebAuthn library loads only on click). */
export function AddPasskeyButton({ texts, deviceName }: { texts: { add: string; added: string; failed: string }; deviceName: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | "added" | "failed">("idle");
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={state === "busy"}
        onClick={async () => {
          setState("busy");
          const ok = await addPasskey(deviceName).catch(() => false);
          setState(ok ? "added" : "failed");
          if (ok) router.refresh();
        }}
        className="rounded-md border border-ink px-4 py-2 font-medium disabled:opacity-60"
      >
        {texts.add}
      </button>
      <p role="status" className="text-sm">
        {state === "added" ? texts.added : state === "failed" ? texts.failed : ""}
      </p>
    </div>
  );
}
