"use client";

import { useId, useState } from "react";
import { signedInHint } from "@/lib/auth/signed-in-hint";
import { subscribeThisDevice } from "@/lib/notifications/browser-push";

export interface NotifyMeTexts {
  notifyMe: string;
  why: string;
  email: string;
  emailSubmit: string;
  done: string;
  failed: string;
}

type Step = "idle" | "busy" | "email" | "done" | "failed";

/**
 * "Prévenez-moi" on a SKU sold out online or in a store (docs/engagement.md#back-in-stock-alerts).
 * Signed in, the press asks for push permission (the sentence under the button says why) and
 * falls back to the account's e-mail; signed out, it asks for an e-mail address.
 */
export function NotifyMe({ sku, store, texts }: { sku: string; store?: string; texts: NotifyMeTexts }) {
  const [step, setStep] = useState<Step>("idle");
  const whyId = useId();
  const emailId = useId();

  const createAlert = async (body: Record<string, string>): Promise<Response> =>
    fetch("/api/alerts", { method: "POST", headers: { "content-type": "application/json" }, credentials: "same-origin", body: JSON.stringify({ sku, ...(store ? { store } : {}), ...body }) });

  const finish = async (response: Response) => {
    if (response.status === 401) return setStep("email");
    setStep(response.ok ? "done" : "failed");
  };

  const onPress = async () => {
    setStep("busy");
    try {
      if (!(await signedInHint())) return setStep("email");
      const pushed = await subscribeThisDevice();
      await finish(await createAlert({ channel: pushed === "subscribed" ? "push" : "email" }));
    } catch {
      setStep("failed");
    }
  };

  const onEmail = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setStep("busy");
    try {
      await finish(await createAlert({ channel: "email", email }));
    } catch {
      setStep("failed");
    }
  };

  return (
    <div className="flex flex-col gap-2" data-notify-me>
      {step === "email" ? (
        <form onSubmit={onEmail} className="flex flex-col gap-2">
          <label htmlFor={emailId} className="text-sm font-medium">
            {texts.email}
          </label>
          <input id={emailId} name="email" type="email" required autoComplete="email" className="rounded-md border border-line px-3 py-2" />
          <button type="submit" className="rounded-md border border-ink px-5 py-3 font-semibold hover:bg-stone-100">
            {texts.emailSubmit}
          </button>
        </form>
      ) : step !== "done" ? (
        <button
          type="button"
          onClick={onPress}
          disabled={step === "busy"}
          aria-describedby={whyId}
          className="rounded-md border border-ink px-5 py-3 font-semibold hover:bg-stone-100 disabled:opacity-60"
        >
          {texts.notifyMe}
        </button>
      ) : null}
      <p id={whyId} className="text-sm text-muted">
        {texts.why}
      </p>
      <p role="status" className="text-sm font-medium empty:hidden">
        {step === "done" ? texts.done : step === "failed" ? texts.failed : ""}
      </p>
    </div>
  );
}
