"use client";

import { useEffect, useState } from "react";
import type { CampaignLanding } from "@/lib/campaigns/campaigns";
import { loadCampaign } from "./campaign-client";

export interface CampaignBannerTexts {
  /** "Code promo : {code}" */
  promo: string;
  label: string;
}

/** A thin strip under the header on every page of a campaign's session: its title and promo code. */
export function CampaignBanner({ texts }: { texts: CampaignBannerTexts }) {
  const [campaign, setCampaign] = useState<CampaignLanding | null>(null);
  useEffect(() => {
    let live = true;
    void loadCampaign().then((found) => live && setCampaign(found));
    return () => {
      live = false;
    };
  }, []);
  if (!campaign) return null;
  return (
    <aside aria-label={texts.label} data-campaign={campaign.slug} className="bg-brand-dark px-4 py-2 text-center text-sm font-medium text-white">
      {campaign.title}
      {campaign.promoCode && <span className="ml-2 rounded bg-white/15 px-2 py-0.5 font-mono">{texts.promo.replace("{code}", campaign.promoCode)}</span>}
    </aside>
  );
}
