import { randomUUID } from "node:crypto";
import { and, count, desc, eq, gte, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { Tx } from "../inventory/transaction";
import { categories, loyaltyChallenges, loyaltyLedger, orderLines, orders, products, productViews, reservations, skus, stores } from "../db/schema";
import { localizedPath } from "../i18n/paths";
import { enqueueMessage } from "../notifications/outbox";
import { textsFor } from "../notifications/texts";
import { getPreferences } from "../preferences/preferences";
import { challengeProgress, selectChallenges, type ChallengeKind, type PeriodActivity } from "./challenge-selection";
import type { Period } from "./period";
import type { LoyaltyRules } from "./rules";

/**
 * The shopper's challenges for a period (docs/engagement.md#challenges): chosen once, on the
 * period's first read, from their preferences and history, then kept (changing preferences
 * mid-month does not swap a challenge under their feet). Progress is recomputed from orders and
 * pickups at every read; a challenge done earns its points once, race-safe through the ledger's
 * unique source.
 */
export interface ChallengeView {
  id: string;
  kind: ChallengeKind;
  subject: string | null;
  /** The category's or store's name, for display. */
  subjectName: string | null;
  points: number;
  done: number;
  total: number;
  completedAt: Date | null;
  endsAt: Date;
}

async function purchasedCategories(db: Db, userId: string): Promise<string[]> {
  const fromOrders = await db
    .selectDistinct({ slug: products.categorySlug })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(skus, eq(skus.sku, orderLines.sku))
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(eq(orders.userId, userId));
  const fromReservations = await db
    .selectDistinct({ slug: products.categorySlug })
    .from(reservations)
    .innerJoin(skus, eq(skus.sku, reservations.sku))
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(and(eq(reservations.userId, userId), eq(reservations.status, "collected")));
  return [...new Set([...fromOrders, ...fromReservations].map((row) => row.slug))];
}

async function viewedCategories(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ slug: products.categorySlug, views: count() })
    .from(productViews)
    .innerJoin(products, eq(products.slug, productViews.productSlug))
    .where(eq(productViews.userId, userId))
    .groupBy(products.categorySlug)
    .orderBy(desc(count()), products.categorySlug)
    .limit(10);
  return rows.map((row) => row.slug);
}

/** Chooses and stores the period's challenges unless they exist; two first reads at once store one set. */
async function ensureChallenges(db: Db, userId: string, period: Period, rules: Pick<LoyaltyRules, "challengePoints">): Promise<void> {
  const [existing] = await db.select({ value: count() }).from(loyaltyChallenges).where(and(eq(loyaltyChallenges.userId, userId), eq(loyaltyChallenges.startsAt, period.startsAt)));
  if ((existing?.value ?? 0) > 0) return;
  const [preferences, viewed, purchased] = await Promise.all([getPreferences(db, userId), viewedCategories(db, userId), purchasedCategories(db, userId)]);
  const specs = selectChallenges({ interests: preferences.interests, viewedCategories: viewed, purchasedCategories: purchased, favouriteStore: preferences.favouriteStore }, rules);
  await db
    .insert(loyaltyChallenges)
    .values(specs.map((spec) => ({ id: randomUUID(), userId, kind: spec.kind, subject: spec.subject, points: spec.points, startsAt: period.startsAt, endsAt: period.endsAt })))
    .onConflictDoNothing();
}

/** What the shopper did between the period's bounds: online orders, store pickups, categories bought. */
export async function periodActivity(db: Db, userId: string, period: Period): Promise<PeriodActivity> {
  const inPeriod = (column: typeof orders.createdAt | typeof orders.collectedAt | typeof reservations.collectedAt) => and(gte(column, period.startsAt), lt(column, period.endsAt));
  const online = and(eq(orders.userId, userId), eq(orders.fulfilment, "delivery"), inPeriod(orders.createdAt));
  const collectedOrder = and(eq(orders.userId, userId), eq(orders.fulfilment, "pickup"), isNotNull(orders.collectedAt), isNull(orders.cancelledAt), inPeriod(orders.collectedAt));
  const collectedReservation = and(eq(reservations.userId, userId), eq(reservations.status, "collected"), inPeriod(reservations.collectedAt));

  const [onlineCount] = await db.select({ value: count() }).from(orders).where(online);
  const pickupOrders = await db.select({ id: orders.id, store: orders.storeSlug }).from(orders).where(collectedOrder);
  const pickupReservations = await db
    .select({ store: reservations.storeSlug, category: products.categorySlug })
    .from(reservations)
    .innerJoin(skus, eq(skus.sku, reservations.sku))
    .innerJoin(products, eq(products.slug, skus.productSlug))
    .where(collectedReservation);
  const onlineIds = (await db.select({ id: orders.id }).from(orders).where(online)).map((row) => row.id);
  const purchasedIds = [...onlineIds, ...pickupOrders.map((row) => row.id)];
  const lineCategories = purchasedIds.length
    ? await db
        .selectDistinct({ orderId: orderLines.orderId, category: products.categorySlug })
        .from(orderLines)
        .innerJoin(skus, eq(skus.sku, orderLines.sku))
        .innerJoin(products, eq(products.slug, skus.productSlug))
        .where(inArray(orderLines.orderId, purchasedIds))
    : [];

  const purchasesByCategory: Record<string, number> = {};
  for (const { category } of [...lineCategories, ...pickupReservations]) purchasesByCategory[category] = (purchasesByCategory[category] ?? 0) + 1;
  const pickupsByStore: Record<string, number> = {};
  for (const { store } of [...pickupOrders, ...pickupReservations]) if (store) pickupsByStore[store] = (pickupsByStore[store] ?? 0) + 1;
  return { onlineOrders: onlineCount?.value ?? 0, storePickups: pickupOrders.length + pickupReservations.length, purchasesByCategory, pickupsByStore };
}

/**
 * The period's challenges with their progress; each one done and not yet paid earns its points
 * now. The ledger row (source `challenge:<id>`, unique) is the award: of two devices completing
 * at once, one writes it, the other finds it there.
 */
export async function currentChallenges(db: Db, userId: string, period: Period, rules: Pick<LoyaltyRules, "challengePoints">, now: Date = new Date()): Promise<ChallengeView[]> {
  await ensureChallenges(db, userId, period, rules);
  const rows = await db
    .select({ c: loyaltyChallenges, categoryName: categories.name, storeName: stores.name })
    .from(loyaltyChallenges)
    .leftJoin(categories, and(eq(loyaltyChallenges.kind, "discover_category"), eq(categories.slug, loyaltyChallenges.subject)))
    .leftJoin(stores, and(eq(loyaltyChallenges.kind, "favourite_store"), eq(stores.slug, loyaltyChallenges.subject)))
    .where(and(eq(loyaltyChallenges.userId, userId), eq(loyaltyChallenges.startsAt, period.startsAt)))
    .orderBy(sql`case ${loyaltyChallenges.kind} when 'omnichannel' then 0 when 'discover_category' then 1 else 2 end`);
  const activity = await periodActivity(db, userId, period);
  const views: ChallengeView[] = [];
  for (const { c, categoryName, storeName } of rows) {
    const progress = challengeProgress(c, activity);
    let completedAt = c.completedAt;
    if (!completedAt && progress.done >= progress.total) completedAt = await award(db, c.id, userId, c.points, now);
    views.push({ id: c.id, kind: c.kind, subject: c.subject, subjectName: categoryName ?? storeName ?? null, points: c.points, ...progress, completedAt, endsAt: c.endsAt });
  }
  return views;
}

/** Writes the challenge's points once and marks it completed; returns when it was completed. */
async function award(db: Db, challengeId: string, userId: string, points: number, now: Date): Promise<Date> {
  return db.transaction(async (tx) => {
    await tx.insert(loyaltyLedger).values({ userId, source: `challenge:${challengeId}`, kind: "challenge", points, createdAt: now }).onConflictDoNothing({ target: loyaltyLedger.source });
    const [marked] = await tx
      .update(loyaltyChallenges)
      .set({ completedAt: now })
      .where(and(eq(loyaltyChallenges.id, challengeId), isNull(loyaltyChallenges.completedAt)))
      .returning({ completedAt: loyaltyChallenges.completedAt });
    if (marked?.completedAt) {
      await announceCompletion(tx, userId, points);
      return marked.completedAt;
    }
    const [row] = await tx.select({ completedAt: loyaltyChallenges.completedAt }).from(loyaltyChallenges).where(eq(loyaltyChallenges.id, challengeId));
    return row?.completedAt ?? now;
  });
}

/**
 * The completion, in the message center and as a push or e-mail when the shopper opted in to
 * loyalty news (docs/engagement.md#message-center), in the language of their latest order.
 */
async function announceCompletion(tx: Tx, userId: string, points: number): Promise<void> {
  const [latest] = await tx.select({ locale: orders.locale }).from(orders).where(eq(orders.userId, userId)).orderBy(desc(orders.createdAt)).limit(1);
  const { locale, t } = await textsFor(latest?.locale ?? "fr", "loyalty");
  const title = t("challengeDone", { points: String(points) });
  const body = t("challengeDoneMessage");
  await enqueueMessage(tx, {
    kind: "message",
    topic: "loyalty",
    channel: "push",
    requested: false,
    userId,
    email: null,
    title,
    body,
    url: localizedPath("/account/loyalty", locale),
    mailSubject: title,
    mailText: body,
  });
}
