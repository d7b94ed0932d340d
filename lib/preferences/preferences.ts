import { eq, inArray } from "drizzle-orm";
import { listCategorySizes } from "../catalog/queries";
import type { Db } from "../db/client";
import { categories, consentRecords, shopperPreferences, stores } from "../db/schema";
import { preferenceChanges, type PreferenceChange } from "./changes";
import { defaultPreferences, type Preferences } from "./shape";

export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const [row] = await db.select({ preferences: shopperPreferences.preferences }).from(shopperPreferences).where(eq(shopperPreferences.userId, userId));
  return row?.preferences ?? defaultPreferences();
}

/** A preference that names something the shop does not have: answered 422, nothing saved. */
export class UnknownReferenceError extends Error {
  constructor(
    readonly code: "unknown_category" | "unknown_size" | "unknown_store",
    message: string,
  ) {
    super(message);
  }
}

/** Where a change came from and what the shopper read (docs/engagement.md#consent-records). */
export interface ConsentContext {
  source: "preference_center" | "api";
  locale: string;
  /** The sentence shown next to the control for a subject such as `topics.promotions`. */
  textShown: (subject: string) => string;
}

/** Every category, size and store named must exist in the catalog (sizes: among that category's). */
async function checkReferences(db: Db, preferences: Preferences): Promise<void> {
  const named = [...new Set([...preferences.interests, ...Object.keys(preferences.sizes)])];
  if (named.length > 0) {
    const known = new Set((await db.select({ slug: categories.slug }).from(categories).where(inArray(categories.slug, named))).map((row) => row.slug));
    const unknown = named.find((slug) => !known.has(slug));
    if (unknown) throw new UnknownReferenceError("unknown_category", `category "${unknown}" does not exist`);
  }
  for (const [category, size] of Object.entries(preferences.sizes)) {
    if (!(await listCategorySizes(db, category)).includes(size)) {
      throw new UnknownReferenceError("unknown_size", `size "${size}" is not offered in category "${category}"`);
    }
  }
  if (preferences.favouriteStore) {
    const [store] = await db.select({ slug: stores.slug }).from(stores).where(eq(stores.slug, preferences.favouriteStore));
    if (!store) throw new UnknownReferenceError("unknown_store", `store "${preferences.favouriteStore}" does not exist`);
  }
}

/**
 * Replaces the shopper's preferences and appends one consent record per change, in one
 * transaction: either both are written or neither. Returns the changes recorded.
 */
export async function savePreferences(db: Db, userId: string, next: Preferences, context: ConsentContext, now = new Date()): Promise<PreferenceChange[]> {
  await checkReferences(db, next);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ preferences: shopperPreferences.preferences })
      .from(shopperPreferences)
      .where(eq(shopperPreferences.userId, userId))
      .for("update");
    const changes = preferenceChanges(row?.preferences ?? defaultPreferences(), next);
    if (changes.length === 0) return changes;
    await tx
      .insert(shopperPreferences)
      .values({ userId, preferences: next, updatedAt: now })
      .onConflictDoUpdate({ target: shopperPreferences.userId, set: { preferences: next, updatedAt: now } });
    await tx.insert(consentRecords).values(
      changes.map((change) => ({
        userId,
        subject: change.subject,
        value: change.value,
        source: context.source,
        textShown: context.textShown(change.subject),
        locale: context.locale,
        recordedAt: now,
      })),
    );
    return changes;
  });
}

export async function listConsentRecords(db: Db, userId: string) {
  return db
    .select({
      subject: consentRecords.subject,
      value: consentRecords.value,
      source: consentRecords.source,
      textShown: consentRecords.textShown,
      locale: consentRecords.locale,
      recordedAt: consentRecords.recordedAt,
    })
    .from(consentRecords)
    .where(eq(consentRecords.userId, userId))
    .orderBy(consentRecords.recordedAt, consentRecords.id);
}
