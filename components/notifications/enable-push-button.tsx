"use client";

import { useId, useState } from "react";
import { subscribeThisDevice } from "@/lib/notifications/browser-push";

export interface EnablePushTexts {
  enable: string;
  why: string;
  enabled: string;
  denied: string;
  unsupported: string;
  failed: string;
}

/**
 * "Activer les notifications" (preference center, reservation page): subscribes this device for
 * the signed-in shopper's alerts and "ready for pickup", after a press that says why.
 */
export function EnablePushButton({ texts }: { texts: EnablePushTexts }) {
  const [result, setResult] = useState<"idle" | "busy" | Awaited<ReturnType<typeof subscribeThisDevice>>>("idle");
  const whyId = useId();
  const message = { subscribed: texts.enabled, denied: texts.denied, unsupported: texts.unsupported, failed: texts.failed, idle: "", busy: "" }[result];
  return (
    <div className="flex flex-col gap-2">
      {result !== "subscribed" && (
        <button
          type="button"
          aria-describedby={whyId}
          disabled={result === "busy"}
          onClick={async () => {
            setResult("busy");
            setResult(await subscribeThisDevice());
          }}
          className="self-start rounded-md border border-ink px-5 py-3 font-semibold hover:bg-stone-100 disabled:opacity-60"
        >
          {texts.enable}
        </button>
      )}
      <p id={whyId} className="text-sm text-muted">
        {texts.why}
      </p>
      <p role="status" className="text-sm font-medium empty:hidden">
        {message}
      </p>
    </div>
  );
}
