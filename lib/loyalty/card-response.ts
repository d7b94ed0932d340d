import { ean13Svg, qrSvg } from "./barcode";
import type { LoyaltyCardData } from "./card-data";
import type { LoyaltySummary } from "./loyalty";

/** The summary as JSON for `GET /api/loyalty` and the page (docs/api.md#loyalty). */
export function toCardData(summary: LoyaltySummary): LoyaltyCardData {
  return {
    cardNumber: summary.cardNumber,
    barcode: "ean13",
    points: summary.points,
    tier: summary.tier,
    nextTier: summary.next,
    tierProgress: summary.progress,
    offers: summary.offers,
    challenges: summary.challenges.map((c) => ({
      id: c.id,
      kind: c.kind,
      subject: c.subject,
      subjectName: c.subjectName,
      points: c.points,
      done: Math.min(c.done, c.total),
      total: c.total,
      completed: c.completedAt !== null,
      endsAt: c.endsAt.toISOString(),
    })),
    asOf: summary.asOf.toISOString(),
    images: { barcode: ean13Svg(summary.cardNumber), qr: qrSvg(summary.cardNumber) },
  };
}
