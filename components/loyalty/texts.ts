import { getTranslations } from "next-intl/server";
import { TIERS } from "@/lib/loyalty/tiers";

/**
 * The loyalty card's texts, read on the server and handed to the (client) card view as raw
 * templates (`{points}`, `{date}` …), so the offline shell, a static page, renders the same card.
 */
const KEYS = [
  "title",
  "brand",
  "programme",
  "cardNumber",
  "barcodeAlt",
  "qrAlt",
  "qrSummary",
  "scanHint",
  "points",
  "pointsLabel",
  "tierLabel",
  "nextTier",
  "topTier",
  "tierProgress",
  "asOf",
  "offlineAsOf",
  "noCardOffline",
  "shellLoading",
  "wakeLock",
  "wakeOn",
  "wakeOff",
  "wakeUnsupported",
  "challengesTitle",
  "challengesIntro",
  "challengeReward",
  "challengeProgress",
  "challengeDone",
  "challengeEnds",
  "offersTitle",
  "islandTitle",
  "islandLink",
  "walletApple",
  "walletGoogle",
] as const;

const OFFERS = ["freePickup", "birthdayGift", "freeDelivery", "earlyAccess", "freeAlterations", "personalShopper"] as const;
const CHALLENGES = ["omnichannel", "discover_category", "favourite_store"] as const;

export type LoyaltyTexts = Record<(typeof KEYS)[number], string> & {
  tier: Record<string, string>;
  challenge: Record<string, string>;
  offer: Record<string, { title: string; text: string }>;
};

export async function loyaltyTexts(): Promise<LoyaltyTexts> {
  const t = await getTranslations("loyalty");
  return {
    ...(Object.fromEntries(KEYS.map((key) => [key, t.raw(key) as string])) as Record<(typeof KEYS)[number], string>),
    tier: Object.fromEntries(TIERS.map((tier) => [tier, t(`tier.${tier}`)])),
    challenge: Object.fromEntries(CHALLENGES.map((kind) => [kind, t.raw(`challenge.${kind}`) as string])),
    offer: Object.fromEntries(OFFERS.map((id) => [id, { title: t(`offer.${id}.title`), text: t(`offer.${id}.text`) }])),
  };
}
