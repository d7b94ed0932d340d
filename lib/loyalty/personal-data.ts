import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { loyaltyCards, loyaltyChallenges, loyaltyLedger } from "../db/schema";

/**
 * The loyalty part of a shopper's data download (docs/engagement.md#data-rights): the card
 * number, every ledger row and every challenge. Erasure needs nothing here: the three tables
 * follow the account (ON DELETE CASCADE).
 */
export async function exportLoyalty(db: Db, userId: string) {
  const [card] = await db.select({ cardNumber: loyaltyCards.cardNumber, createdAt: loyaltyCards.createdAt }).from(loyaltyCards).where(eq(loyaltyCards.userId, userId));
  const ledger = await db
    .select({ source: loyaltyLedger.source, kind: loyaltyLedger.kind, points: loyaltyLedger.points, basisCents: loyaltyLedger.basisCents, createdAt: loyaltyLedger.createdAt })
    .from(loyaltyLedger)
    .where(eq(loyaltyLedger.userId, userId))
    .orderBy(loyaltyLedger.createdAt);
  const challenges = await db
    .select({ kind: loyaltyChallenges.kind, subject: loyaltyChallenges.subject, points: loyaltyChallenges.points, startsAt: loyaltyChallenges.startsAt, endsAt: loyaltyChallenges.endsAt, completedAt: loyaltyChallenges.completedAt })
    .from(loyaltyChallenges)
    .where(eq(loyaltyChallenges.userId, userId))
    .orderBy(loyaltyChallenges.startsAt, loyaltyChallenges.kind);
  return { card: card ?? null, ledger, challenges };
}
