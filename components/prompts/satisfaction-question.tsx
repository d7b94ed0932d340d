"use client";

import { useEffect, useState } from "react";
import { isInstalled } from "@/lib/analytics/track";

export interface SatisfactionTexts {
  title: string;
  yes: string;
  no: string;
  thanks: string;
  installInvite: string;
  install: string;
  shareInvite: string;
  share: string;
  shareText: string;
  feedbackLabel: string;
  feedbackHint: string;
  feedbackSend: string;
  feedbackThanks: string;
  feedbackFailed: string;
  feedbackTooLong: string;
}

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

const ASKED_KEY = "vitrine.satisfaction.askedAt";
const ASK_AGAIN_AFTER_MS = 90 * 24 * 60 * 60 * 1000;
const MAX_MESSAGE = 1000;

type Step = "hidden" | "question" | "liked" | "feedback" | "sent" | "failed";

function askedRecently(now: number): boolean {
  try {
    const at = Number(localStorage.getItem(ASKED_KEY));
    return Number.isFinite(at) && at > 0 && now - at < ASK_AGAIN_AFTER_MS;
  } catch {
    // No storage: better not to ask than to ask at every order.
    return true;
  }
}

async function send(body: { liked: boolean; moment: "order" | "pickup"; message?: string }): Promise<boolean> {
  try {
    const response = await fetch("/api/feedback", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * "Vous aimez Vitrine ?" after an order or a pickup (docs/engagement.md#satisfaction-question):
 * asked once per 90 days on this device (localStorage, from the moment it shows) and per account
 * (GET /api/feedback). Yes → install the app where the browser offers it, else share it; no →
 * a short text for the retailer.
 */
export function SatisfactionQuestion({ moment, texts }: { moment: "order" | "pickup"; texts: SatisfactionTexts }) {
  const [step, setStep] = useState<Step>("hidden");
  const [installEvent, setInstallEvent] = useState<BeforeInstallPromptEvent | null>(null);
  const [canShare, setCanShare] = useState(false);
  const [message, setMessage] = useState("");
  const [tooLong, setTooLong] = useState(false);

  useEffect(() => {
    let active = true;
    const onPrompt = (event: Event) => {
      event.preventDefault();
      setInstallEvent(event as BeforeInstallPromptEvent);
    };
    window.addEventListener("beforeinstallprompt", onPrompt);
    if (!askedRecently(Date.now())) {
      void fetch("/api/feedback", { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ due: boolean }>) : { due: false }))
        .then(({ due }) => {
          if (!active || !due) return;
          try {
            localStorage.setItem(ASKED_KEY, String(Date.now()));
          } catch {
            return;
          }
          setCanShare(typeof navigator.share === "function" && isInstalled());
          setStep("question");
        })
        .catch(() => undefined);
    }
    return () => {
      active = false;
      window.removeEventListener("beforeinstallprompt", onPrompt);
    };
  }, []);

  if (step === "hidden") return null;

  const yes = () => {
    void send({ liked: true, moment });
    setStep("liked");
  };
  const install = async () => {
    if (!installEvent) return;
    await installEvent.prompt();
    await installEvent.userChoice;
    setInstallEvent(null);
  };
  const share = () => void navigator.share({ title: "Vitrine", text: texts.shareText, url: location.origin }).catch(() => undefined);
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (message.length > MAX_MESSAGE) {
      setTooLong(true);
      return;
    }
    setStep((await send({ liked: false, moment, ...(message.trim() ? { message } : {}) })) ? "sent" : "failed");
  };

  return (
    <section aria-labelledby="satisfaction-title" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
      <h2 id="satisfaction-title" className="text-lg font-semibold">
        {texts.title}
      </h2>
      {step === "question" && (
        <div className="flex gap-3">
          <button type="button" onClick={yes} className="rounded-md bg-ink px-5 py-2 font-semibold text-white">
            {texts.yes}
          </button>
          <button type="button" onClick={() => setStep("feedback")} className="rounded-md border border-ink px-5 py-2 font-semibold">
            {texts.no}
          </button>
        </div>
      )}
      <div role="status" className="flex flex-col gap-3 empty:hidden">
        {step === "liked" && (
          <>
            <p className="font-medium">{texts.thanks}</p>
            {installEvent ? (
              <p className="flex flex-wrap items-center gap-3">
                <span>{texts.installInvite}</span>
                <button type="button" onClick={() => void install()} className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
                  {texts.install}
                </button>
              </p>
            ) : (
              canShare && (
                <p className="flex flex-wrap items-center gap-3">
                  <span>{texts.shareInvite}</span>
                  <button type="button" onClick={share} className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
                    {texts.share}
                  </button>
                </p>
              )
            )}
          </>
        )}
        {step === "sent" && <p className="font-medium">{texts.feedbackThanks}</p>}
        {step === "failed" && <p className="font-medium text-warn">{texts.feedbackFailed}</p>}
      </div>
      {step === "feedback" && (
        <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-2">
          <label htmlFor="satisfaction-message" className="font-medium">
            {texts.feedbackLabel}
          </label>
          <textarea
            id="satisfaction-message"
            name="message"
            rows={3}
            value={message}
            onChange={(event) => {
              setMessage(event.target.value);
              setTooLong(false);
            }}
            aria-describedby={tooLong ? "satisfaction-hint satisfaction-error" : "satisfaction-hint"}
            aria-invalid={tooLong || undefined}
            className="rounded-md border border-stone-400 px-3 py-2"
          />
          <span id="satisfaction-hint" className="text-sm text-muted">
            {texts.feedbackHint}
          </span>
          {tooLong && (
            <span id="satisfaction-error" className="text-sm font-medium text-red-800">
              {texts.feedbackTooLong.replace("{count}", String(message.length))}
            </span>
          )}
          <button type="submit" className="self-start rounded-md bg-ink px-5 py-2 font-semibold text-white">
            {texts.feedbackSend}
          </button>
        </form>
      )}
    </section>
  );
}
