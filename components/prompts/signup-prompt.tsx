"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { signedInHint } from "@/lib/auth/signed-in-hint";
import { Link } from "@/lib/i18n/navigation";
import { isPromptPage, promptPlacement, silenceUntil, storedNumber, type PromptPlacement } from "@/lib/prompts/signup-prompt";
import { SIGNUP_PROMPT_COOKIE } from "@/lib/visitor/cookie";

/**
 * The analytics queue (IndexedDB) loads when the prompt has something to report, not with every
 * page: this island is in every page's first load (docs/benchmarks.md, runs 8 and 11).
 */
async function trackPrompt(type: "signup_prompt_shown" | "signup_prompt_dismissed"): Promise<void> {
  const { track } = await import("@/components/pwa/background");
  await track(type);
}

export interface SignupPromptTexts {
  title: string;
  intro: string;
  benefits: string[];
  create: string;
  signIn: string;
  later: string;
}

const PAGES_KEY = "vitrine.signupPrompt.pages";
const DIALOG_SHOWN_KEY = "vitrine.signupPrompt.dialogShown";
const SHOWN_EVENT_KEY = "vitrine.signupPrompt.tracked";
const SILENCED_KEY = "vitrine.signupPrompt.silencedUntil";
/** Desktop: a dialog; a phone or tablet (coarse pointer or narrow screen) gets the invitation in the page. */
const WIDE = "(min-width: 768px) and (pointer: fine)";

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: string) {
  try {
    storage.setItem(key, value);
  } catch {
    // Storage refused (private mode): the prompt may come back, nothing worse.
  }
}

/**
 * The sign-up invitation (docs/engagement.md#sign-up-prompt): a `<dialog>` on a desktop from the
 * 3rd product or category page of a browser session, the same invitation inline on a phone.
 * Cached pages carry nothing personal, so this island counts pages in sessionStorage, asks
 * `/api/session` whether the shopper is signed in, and keeps "Plus tard" in localStorage.
 * Each display (once per session), dismissal and sign-up through it is an analytics event.
 */
export function SignupPrompt({ texts }: { texts: SignupPromptTexts }) {
  const pathname = usePathname();
  const [placement, setPlacement] = useState<PromptPlacement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    let active = true;
    const hide = setTimeout(() => setPlacement(null), 0);
    if (!isPromptPage(pathname)) return () => clearTimeout(hide);
    const pagesViewed = (storedNumber(read(sessionStorage, PAGES_KEY)) ?? 0) + 1;
    write(sessionStorage, PAGES_KEY, String(pagesViewed));
    void signedInHint().then((signedIn) => {
      if (!active) return;
      const next = promptPlacement({
        pagesViewed,
        signedIn,
        silencedUntil: storedNumber(read(localStorage, SILENCED_KEY)),
        now: Date.now(),
        wide: window.matchMedia(WIDE).matches,
        dialogShownThisSession: read(sessionStorage, DIALOG_SHOWN_KEY) === "1",
      });
      if (!next) return;
      if (next === "dialog") write(sessionStorage, DIALOG_SHOWN_KEY, "1");
      if (read(sessionStorage, SHOWN_EVENT_KEY) !== "1") {
        write(sessionStorage, SHOWN_EVENT_KEY, "1");
        void trackPrompt("signup_prompt_shown");
      }
      setPlacement(next);
    });
    return () => {
      active = false;
      clearTimeout(hide);
    };
  }, [pathname]);

  useEffect(() => {
    if (placement === "dialog" && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [placement]);

  if (!placement) return null;

  const later = () => {
    write(localStorage, SILENCED_KEY, String(silenceUntil(Date.now())));
    void trackPrompt("signup_prompt_dismissed");
    dialog.current?.close();
    setPlacement(null);
  };
  // The sign-up that follows counts as the prompt's (a session cookie the sign-up hook reads).
  const create = () => {
    document.cookie = `${SIGNUP_PROMPT_COOKIE}=1; path=/; SameSite=Lax${location.protocol === "https:" ? "; Secure" : ""}`;
  };
  const next = `?next=${encodeURIComponent(pathname)}`;

  const body = (
    <>
      <h2 id="signup-prompt-title" className="text-xl font-semibold tracking-tight">
        {texts.title}
      </h2>
      <p>{texts.intro}</p>
      <ul className="list-disc pl-5">
        {texts.benefits.map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
      {/* Stacked, full width, most wanted first: no action left alone on a wrapped row (phone or dialog). */}
      <div className="flex flex-col gap-2 pt-1 text-center">
        <Link href={`/register${next}`} onClick={create} className="rounded-md bg-ink px-4 py-2.5 font-semibold text-white">
          {texts.create}
        </Link>
        <Link href={`/login${next}`} className="rounded-md border border-ink px-4 py-2.5 font-medium">
          {texts.signIn}
        </Link>
        <button type="button" onClick={later} className="rounded-md px-4 py-2.5 text-muted underline-offset-4 hover:text-ink hover:underline">
          {texts.later}
        </button>
      </div>
    </>
  );

  if (placement === "dialog") {
    return (
      <dialog
        ref={dialog}
        aria-labelledby="signup-prompt-title"
        onClose={() => setPlacement(null)}
        className="m-auto max-w-md flex-col gap-3 rounded-lg border border-line bg-white p-6 shadow-xl backdrop:bg-black/40 open:flex"
      >
        {body}
      </dialog>
    );
  }
  return (
    <section aria-labelledby="signup-prompt-title" className="mt-8 flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
      {body}
    </section>
  );
}
