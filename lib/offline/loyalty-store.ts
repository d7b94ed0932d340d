import { isLoyaltyCardData, type LoyaltyCardData } from "../loyalty/card-data";
import { LOYALTY_CARD_KEY, openVitrineDb } from "./db";

/**
 * The loyalty card kept on the device (docs/engagement.md#the-card-offline): the last card the
 * server sent, with its "as of" time, in IndexedDB `meta`, so the precached card shell shows it
 * with no network. Personal: `clearPersonalData` removes it at sign-out.
 */
export async function saveLoyaltyCard(card: LoyaltyCardData): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  try {
    await opened.db.put("meta", card, LOYALTY_CARD_KEY);
  } catch {
    // Storage full or refused: the card still shows online; only the offline copy is missing.
  }
}

export async function readLoyaltyCard(): Promise<LoyaltyCardData | null> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return null;
  try {
    const value = await opened.db.get("meta", LOYALTY_CARD_KEY);
    return isLoyaltyCardData(value) ? value : null;
  } catch {
    return null;
  }
}

/** Fetches the signed-in shopper's card and keeps it; null when signed out, offline or refused. */
export async function fetchLoyaltyCard(): Promise<LoyaltyCardData | null> {
  try {
    const response = await fetch("/api/loyalty", { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return null;
    const card: unknown = await response.json();
    if (!isLoyaltyCardData(card)) return null;
    await saveLoyaltyCard(card);
    return card;
  } catch {
    return null;
  }
}
