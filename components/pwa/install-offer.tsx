"use client";

import { useEffect, useState } from "react";

export interface InstallTexts {
  install: string;
  installDetail: string;
  installLater: string;
  iosInstall: string;
}

const INSTALL_DISMISSED_KEY = "vitrine.install.dismissed";

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

/**
 * "Installer l’application" where the browser offers it (beforeinstallprompt), short Share-menu
 * help on iOS. Mounted after the page content, not above it: the browser's offer comes after
 * the page has rendered, and content pushed down then is a layout shift (Lighthouse measured
 * CLS 0.156 with it above the content).
 */
export function InstallOffer({ texts }: { texts: InstallTexts }) {
  const [installEvent, setInstallEvent] = useState<BeforeInstallPromptEvent | null>(null);
  const [showIosHelp, setShowIosHelp] = useState(false);

  useEffect(() => {
    if (localStorage.getItem(INSTALL_DISMISSED_KEY)) return;
    const onPrompt = (event: Event) => {
      event.preventDefault();
      setInstallEvent(event as BeforeInstallPromptEvent);
    };
    window.addEventListener("beforeinstallprompt", onPrompt);
    // iOS offers no prompt: explain the Share menu, unless already installed.
    const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true || matchMedia("(display-mode: standalone)").matches;
    const timer = setTimeout(() => setShowIosHelp(/iPhone|iPad|iPod/.test(navigator.userAgent) && !standalone), 0);
    return () => {
      window.removeEventListener("beforeinstallprompt", onPrompt);
      clearTimeout(timer);
    };
  }, []);

  if (!installEvent && !showIosHelp) return null;

  const dismiss = () => {
    localStorage.setItem(INSTALL_DISMISSED_KEY, "1");
    setInstallEvent(null);
    setShowIosHelp(false);
  };

  const install = async () => {
    if (!installEvent) return;
    await installEvent.prompt();
    await installEvent.userChoice;
    setInstallEvent(null);
  };

  return (
    <section aria-label={texts.install} className="mx-auto mt-8 flex w-full max-w-6xl flex-wrap items-center gap-3 rounded-md border border-line bg-white px-4 py-3 text-sm">
      <p className="flex-1">{installEvent ? texts.installDetail : texts.iosInstall}</p>
      {installEvent && (
        <button type="button" onClick={() => void install()} className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
          {texts.install}
        </button>
      )}
      <button type="button" onClick={dismiss} className="rounded-md border border-stone-400 px-4 py-2">
        {texts.installLater}
      </button>
    </section>
  );
}
