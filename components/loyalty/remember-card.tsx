"use client";

import { useEffect } from "react";
import type { LoyaltyCardData } from "@/lib/loyalty/card-data";
import { saveLoyaltyCard } from "@/lib/offline/loyalty-store";

/** Keeps the card the page shows on this device, for the offline card shell (docs/engagement.md#the-card-offline). */
export function RememberCard({ card }: { card: LoyaltyCardData }) {
  useEffect(() => {
    void saveLoyaltyCard(card);
  }, [card]);
  return null;
}
