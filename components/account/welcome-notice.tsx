"use client";

import { useEffect, useState } from "react";
import { takeWelcome } from "@/lib/auth/welcome";
import { Link } from "@/lib/i18n/navigation";

export interface WelcomeTexts {
  /** "Bienvenue, {name} !": `{name}` is replaced here. */
  title: string;
  text: string;
  preferences: string;
  close: string;
}

/**
 * The greeting on the first page after a sign-up (docs/accounts.md): what the account now keeps,
 * and where to choose what the shop may send. Shown once (sessionStorage), in a live region.
 */
export function WelcomeNotice({ texts }: { texts: WelcomeTexts }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    // After the first paint: the live region must already be on the page for its news to be read out.
    const timer = setTimeout(() => setName(takeWelcome()), 50);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" className="mx-auto w-full max-w-6xl px-4 empty:hidden">
      {name !== null && (
        <div className="mt-4 flex flex-wrap items-start gap-3 rounded-md border border-ok bg-emerald-50 px-4 py-3 text-emerald-900">
          <p className="flex-1">
            <strong className="block font-semibold">{texts.title.replace("{name}", name)}</strong>
            {texts.text}{" "}
            <Link href="/account/preferences" className="font-medium underline underline-offset-4">
              {texts.preferences}
            </Link>
          </p>
          <button type="button" onClick={() => setName(null)} className="rounded-md border border-emerald-800 px-3 py-1 text-sm">
            {texts.close}
          </button>
        </div>
      )}
    </div>
  );
}
