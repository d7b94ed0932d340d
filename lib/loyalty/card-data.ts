/**
 * The loyalty card as the API sends it and the device keeps it (docs/api.md#loyalty,
 * docs/engagement.md#the-card-offline). Pure and framework-free: the server builds it, pages and
 * the offline shell read it back from IndexedDB and check it with `isLoyaltyCardData`.
 */
import type { ChallengeKind } from "./challenge-selection";
import type { TierId } from "./rules";

export interface LoyaltyChallengeData {
  id: string;
  kind: ChallengeKind;
  subject: string | null;
  subjectName: string | null;
  points: number;
  done: number;
  total: number;
  completed: boolean;
  endsAt: string;
}

export interface LoyaltyCardData {
  cardNumber: string;
  barcode: "ean13";
  points: number;
  tier: TierId;
  nextTier: { tier: TierId; from: number; missing: number } | null;
  /** 0–1, towards the next tier. */
  tierProgress: number;
  /** Offer ids (docs/engagement.md#tiers-and-offers); their texts are the page's. */
  offers: string[];
  challenges: LoyaltyChallengeData[];
  /** ISO time the server read the points. */
  asOf: string;
  /** Server-drawn SVG images of the EAN-13 and of the QR code. */
  images: { barcode: string; qr: string };
}

const TIER_IDS = new Set(["essential", "silver", "gold"]);

/** Whether a value read back (IndexedDB, a response) has the card's shape. */
export function isLoyaltyCardData(value: unknown): value is LoyaltyCardData {
  if (!value || typeof value !== "object") return false;
  const card = value as Partial<LoyaltyCardData>;
  return (
    typeof card.cardNumber === "string" &&
    /^[0-9]{13}$/.test(card.cardNumber) &&
    typeof card.points === "number" &&
    typeof card.tier === "string" &&
    TIER_IDS.has(card.tier) &&
    Array.isArray(card.offers) &&
    Array.isArray(card.challenges) &&
    typeof card.asOf === "string" &&
    typeof card.images?.barcode === "string" &&
    typeof card.images.qr === "string"
  );
}

/** An SVG string as an `<img src>`. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "2 901234 567893": the grouping printed under an EAN-13, easy to read out at the till. */
export function groupCardNumber(value: string): string {
  return `${value.slice(0, 1)} ${value.slice(1, 7)} ${value.slice(7)}`;
}

/** The width and height of an SVG's viewBox, so an `<img>` reserves its room before it loads. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  return match ? { width: Math.round(Number(match[1])), height: Math.round(Number(match[2])) } : { width: 300, height: 150 };
}
