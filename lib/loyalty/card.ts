import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { loyaltyCards } from "../db/schema";
import { drawCardNumber } from "./card-number";

/**
 * The account's card number, allocated on first use and never changed (docs/engagement.md#loyalty-card).
 * Two first reads at once (two devices) agree: the row is keyed by the account, and the number is
 * unique, so a clash with another account's number is drawn again.
 */
export async function ensureCardNumber(db: Db, userId: string, draw: () => string = drawCardNumber): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const [existing] = await db.select({ cardNumber: loyaltyCards.cardNumber }).from(loyaltyCards).where(eq(loyaltyCards.userId, userId));
    if (existing) return existing.cardNumber;
    try {
      await db.insert(loyaltyCards).values({ userId, cardNumber: draw() }).onConflictDoNothing({ target: loyaltyCards.userId });
    } catch (error) {
      // The drawn number belongs to someone else (unique index): draw again.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("could not allocate a loyalty card number after 8 draws");
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
