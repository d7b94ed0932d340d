"use client";

import { useEffect, useState } from "react";
import type { LoyaltyCardData } from "@/lib/loyalty/card-data";
import { Link } from "@/lib/i18n/navigation";
import { fetchLoyaltyCard, readLoyaltyCard } from "@/lib/offline/loyalty-store";
import { ChallengeBody } from "./loyalty-card-view";
import type { LoyaltyTexts } from "./texts";

/**
 * The month's challenges on a signed-in shopper's home page, read from `GET /api/loyalty` each
 * time the app opens (offline: the copy on the device). A client island: nothing personal is in
 * the page's HTML. Reading the card also refreshes the offline copy (docs/engagement.md#challenges).
 */
export function ChallengeIsland({ texts, locale }: { texts: LoyaltyTexts; locale: string }) {
  const [card, setCard] = useState<LoyaltyCardData | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const fresh = await fetchLoyaltyCard();
      const shown = fresh ?? (await readLoyaltyCard());
      if (live) setCard(shown);
    })();
    return () => {
      live = false;
    };
  }, []);
  if (!card || card.challenges.length === 0) return null;
  return (
    <section aria-labelledby="challenge-island-title" className="flex flex-col gap-3 rounded-xl border border-line bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="challenge-island-title" className="text-lg font-semibold">
          {texts.islandTitle}
        </h2>
        <Link href="/account/loyalty" className="font-medium text-brand-dark underline underline-offset-4">
          {texts.islandLink}
        </Link>
      </div>
      <ul className="grid gap-3 md:grid-cols-3">
        {card.challenges.map((challenge) => (
          <li key={challenge.id} className="flex flex-col gap-2" data-testid="island-challenge">
            <ChallengeBody challenge={challenge} texts={texts} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
