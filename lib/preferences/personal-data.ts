import { eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  accountCartLines,
  notificationOutbox,
  orderLines,
  orders,
  productViews,
  pushSubscriptions,
  reservations,
  sessions,
  shopperMessages,
  stockAlerts,
  users,
  verifications,
  visitors,
  wishlistItems,
} from "../db/schema";
import { exportLoyalty } from "../loyalty/personal-data";
import { getPreferences, listConsentRecords } from "./preferences";

/**
 * Everything the shop holds about one shopper (docs/engagement.md#data-rights), as one JSON
 * document: the right of access and portability. Secrets (password hash, session tokens) stay out.
 */
export async function exportPersonalData(db: Db, userId: string, now = new Date()) {
  const [account] = await db
    .select({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) return null;
  const [devices, signedInSessions, history, cart, wishlist, orderRows, reservationRows, preferences, consentRecords, loyalty] = await Promise.all([
    db
      .select({ id: visitors.id, deviceClass: visitors.deviceClass, deviceLabel: visitors.deviceLabel, createdAt: visitors.createdAt, lastSeenAt: visitors.lastSeenAt })
      .from(visitors)
      .where(eq(visitors.userId, userId)),
    db
      .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, lastActiveAt: sessions.lastActiveAt, userAgent: sessions.userAgent, ipAddress: sessions.ipAddress })
      .from(sessions)
      .where(eq(sessions.userId, userId)),
    db
      .select({ product: productViews.productSlug, sku: productViews.sku, deviceClass: productViews.deviceClass, source: productViews.source, viewedAt: productViews.viewedAt })
      .from(productViews)
      .where(eq(productViews.userId, userId))
      .orderBy(productViews.viewedAt),
    db.select({ sku: accountCartLines.sku, quantity: accountCartLines.quantity, updatedAt: accountCartLines.updatedAt }).from(accountCartLines).where(eq(accountCartLines.userId, userId)),
    db.select({ product: wishlistItems.productSlug, createdAt: wishlistItems.createdAt }).from(wishlistItems).where(eq(wishlistItems.userId, userId)),
    db
      .select({
        id: orders.id,
        email: orders.email,
        status: orders.status,
        fulfilment: orders.fulfilment,
        store: orders.storeSlug,
        deliveryAddress: orders.deliveryAddress,
        phone: orders.phone,
        paymentMethod: orders.paymentMethod,
        totalCents: orders.totalCents,
        currency: orders.currency,
        createdAt: orders.createdAt,
      })
      .from(orders)
      .where(eq(orders.userId, userId))
      .orderBy(orders.createdAt),
    db
      .select({ id: reservations.id, code: reservations.code, sku: reservations.sku, store: reservations.storeSlug, quantity: reservations.quantity, email: reservations.email, status: reservations.status, createdAt: reservations.createdAt, expiresAt: reservations.expiresAt })
      .from(reservations)
      .where(eq(reservations.userId, userId))
      .orderBy(reservations.createdAt),
    getPreferences(db, userId),
    listConsentRecords(db, userId),
    exportLoyalty(db, userId),
  ]);
  const [pushDevices, alerts, messages] = await Promise.all([
    db.select({ endpoint: pushSubscriptions.endpoint, createdAt: pushSubscriptions.createdAt }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)),
    db
      .select({ sku: stockAlerts.sku, location: stockAlerts.location, channel: stockAlerts.channel, createdAt: stockAlerts.createdAt, firedAt: stockAlerts.firedAt })
      .from(stockAlerts)
      .where(eq(stockAlerts.userId, userId)),
    db
      .select({ kind: shopperMessages.kind, title: shopperMessages.title, body: shopperMessages.body, url: shopperMessages.url, createdAt: shopperMessages.createdAt, readAt: shopperMessages.readAt })
      .from(shopperMessages)
      .where(eq(shopperMessages.userId, userId)),
  ]);
  const lines =
    orderRows.length === 0
      ? []
      : await db
          .select({ orderId: orderLines.orderId, sku: orderLines.sku, location: orderLines.location, quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents })
          .from(orderLines)
          .where(inArray(orderLines.orderId, orderRows.map((order) => order.id)));
  return {
    exportedAt: now.toISOString(),
    account,
    devices,
    sessions: signedInSessions,
    history,
    cart,
    wishlist,
    orders: orderRows.map((order) => ({ ...order, lines: lines.filter((line) => line.orderId === order.id).map((line) => ({ sku: line.sku, location: line.location, quantity: line.quantity, unitPriceCents: line.unitPriceCents })) })),
    reservations: reservationRows,
    preferences,
    consentRecords,
    pushSubscriptions: pushDevices,
    alerts,
    messages,
    loyalty,
  };
}

/** What stays of a deleted shopper on the orders the law keeps (French commercial code: 10 years). */
export const ANONYMISED_EMAIL = "anonyme@invalid";
const ANONYMISED_ADDRESS = { name: "", line1: "", postcode: "", city: "" };

/**
 * The right to erasure: the account and everything personal go (sessions, sign-in methods,
 * devices and their history, cart, wishlist, preferences, pending e-mail verifications, push
 * subscriptions, alerts, messages);
 * orders and reservations stay for the accounts, cut from the person (no e-mail, no address, no
 * user id). Consent records stay as proof, keyed by an id that no longer leads anywhere.
 * Returns false when there was no such account.
 */
export async function deleteAccount(db: Db, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for("update");
    if (!account) return false;
    // Guest orders and reservations made with the same e-mail are the same person's.
    const theirs = <T extends typeof orders | typeof reservations>(table: T) => or(eq(table.userId, userId), eq(table.email, account.email));
    await tx
      .update(orders)
      .set({
        email: ANONYMISED_EMAIL,
        userId: null,
        deliveryAddress: sql`case when ${orders.deliveryAddress} is null then null else ${JSON.stringify(ANONYMISED_ADDRESS)}::jsonb end`,
        phone: null,
      })
      .where(theirs(orders));
    await tx.update(reservations).set({ email: ANONYMISED_EMAIL, userId: null }).where(theirs(reservations));
    // Devices carry the signed-out browsing history too; deleting them takes their views along.
    await tx.delete(visitors).where(eq(visitors.userId, userId));
    await tx.delete(verifications).where(eq(verifications.identifier, account.email));
    // Alerts a guest left with this address, and messages still addressed to it (docs/engagement.md#outbox).
    await tx.delete(stockAlerts).where(eq(stockAlerts.email, account.email));
    await tx.delete(notificationOutbox).where(eq(notificationOutbox.email, account.email));
    // Cascades: sessions, auth accounts, passkeys, cart, wishlist, preferences, remaining views,
    // push subscriptions, alerts, outgoing messages and the message center.
    await tx.delete(users).where(eq(users.id, userId));
    return true;
  });
}
