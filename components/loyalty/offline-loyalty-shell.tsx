"use client";

import { useEffect, useState } from "react";
import type { LoyaltyCardData } from "@/lib/loyalty/card-data";
import { readLoyaltyCard } from "@/lib/offline/loyalty-store";
import { LoyaltyCardView } from "./loyalty-card-view";
import type { LoyaltyTexts } from "./texts";

/**
 * The card without a network (docs/engagement.md#the-card-offline): the service worker answers
 * `/account/loyalty` with this precached shell when the page cannot be fetched, and it draws the
 * card this device last saved, saying as of when.
 */
export function OfflineLoyaltyShell({ texts, locale }: { texts: LoyaltyTexts; locale: string }) {
  const [card, setCard] = useState<LoyaltyCardData | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readLoyaltyCard().then((stored) => {
      if (live) setCard(stored);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{texts.title}</h1>
      {card === undefined && (
        <p role="status" className="text-muted">
          {texts.shellLoading}
        </p>
      )}
      {card === null && (
        <p role="status" className="max-w-prose rounded-md border border-line bg-white px-4 py-3">
          {texts.noCardOffline}
        </p>
      )}
      {card && <LoyaltyCardView card={card} texts={texts} locale={locale} offline />}
    </div>
  );
}
