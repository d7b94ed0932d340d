"use client";

import { useSyncExternalStore } from "react";
import { campaignSource } from "@/lib/catalog/campaign";

export interface CampaignTexts {
  title: string;
  text: string;
  /** Raw messages: `{source}` is replaced by the campaign's display name. */
  campaignTitle: string;
  campaignText: string;
}

/**
 * The hero's words, adapted to the campaign that brought the shopper (`?utm_source=`) once the
 * page runs: the cached home page is the same for every campaign, since a free-text query
 * string must not become a cache key (docs/scaling.md).
 */
export function CampaignWords({ texts }: { texts: CampaignTexts }) {
  const source = useSyncExternalStore(noChanges, sourceInUrl, () => undefined);
  return (
    <>
      <h1 className="max-w-xl text-3xl font-semibold tracking-tight sm:text-4xl">{source ? texts.campaignTitle.replace("{source}", source) : texts.title}</h1>
      <p className="mt-3 max-w-xl text-lg text-muted">{source ? texts.campaignText : texts.text}</p>
    </>
  );
}

const noChanges = () => () => undefined;
const sourceInUrl = () => campaignSource(new URLSearchParams(window.location.search).get("utm_source") ?? undefined);
