import { randomUUID } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { products, skus, stockAlerts, stores } from "../db/schema";
import { localizedPath } from "../i18n/paths";
import { siteUrl } from "../http/site-url";
import { stockAt } from "../inventory/stock";
import { inTransaction } from "../inventory/transaction";
import { enqueueMessage } from "./outbox";
import { textsFor } from "./texts";

/** Open alerts one shopper (account or e-mail) may have at once; past it, 429 `too_many_alerts`. */
export const MAX_OPEN_ALERTS = Number(process.env.LIMIT_OPEN_ALERTS_PER_SHOPPER) || 50;

export interface AlertRequest {
  sku: string;
  store?: string;
  channel: "push" | "email";
  userId: string | null;
  email: string | null;
  locale: string;
}

export type AlertResult =
  | { ok: true; id: string; created: boolean }
  | { ok: false; status: 404 | 409 | 429; code: "unknown_sku" | "unknown_store" | "in_stock" | "too_many_alerts"; message: string };

/**
 * "Prévenez-moi" (docs/engagement.md#back-in-stock-alerts): an alert for a SKU out of stock online
 * (or in `store`). Asking again while one is open answers the open one. Nothing is written when
 * the SKU or store is unknown, the SKU is in stock there, or the shopper has too many open alerts.
 */
export async function createAlert(db: Db, request: AlertRequest): Promise<AlertResult> {
  const [sku] = await db.select({ sku: skus.sku }).from(skus).where(eq(skus.sku, request.sku));
  if (!sku) return { ok: false, status: 404, code: "unknown_sku", message: `SKU "${request.sku}" does not exist` };
  if (request.store) {
    const [store] = await db.select({ slug: stores.slug }).from(stores).where(eq(stores.slug, request.store));
    if (!store) return { ok: false, status: 404, code: "unknown_store", message: `store "${request.store}" does not exist` };
  }
  const location = request.store ?? "online";
  if ((await stockAt(db, request.sku, location)) > 0) {
    return { ok: false, status: 409, code: "in_stock", message: "This SKU is in stock there: no alert needed." };
  }
  const recipient = request.userId ? eq(stockAlerts.userId, request.userId) : sql`lower(${stockAlerts.email}) = lower(${request.email})`;
  const [open] = await db.select({ n: count() }).from(stockAlerts).where(and(recipient, isNull(stockAlerts.firedAt)));
  const id = randomUUID();
  const inserted = await db
    .insert(stockAlerts)
    .values({ id, sku: request.sku, location, channel: request.channel, userId: request.userId, email: request.userId ? null : request.email, locale: request.locale })
    .onConflictDoNothing()
    .returning({ id: stockAlerts.id });
  if (inserted.length > 0) {
    if ((open?.n ?? 0) >= MAX_OPEN_ALERTS) {
      await db.delete(stockAlerts).where(eq(stockAlerts.id, id));
      return { ok: false, status: 429, code: "too_many_alerts", message: `At most ${MAX_OPEN_ALERTS} open alerts at once.` };
    }
    return { ok: true, id, created: true };
  }
  const [existing] = await db
    .select({ id: stockAlerts.id })
    .from(stockAlerts)
    .where(and(recipient, eq(stockAlerts.sku, request.sku), eq(stockAlerts.location, location), isNull(stockAlerts.firedAt)));
  return existing ? { ok: true, id: existing.id, created: false } : createAlert(db, request);
}

interface FiredAlert {
  id: string;
  sku: string;
  location: string;
  channel: "push" | "email";
  user_id: string | null;
  email: string | null;
  locale: string;
}

/**
 * Closes every open alert whose SKU now has stock at its place (only `sku`'s when given) and
 * writes its message to the outbox, in one transaction. The UPDATE … WHERE fired_at IS NULL is
 * the claim: two instances hearing the same stock change fire each alert once.
 */
export async function fireDueAlerts(db: Db, sku?: string): Promise<number> {
  return inTransaction(db, async (tx) => {
    const result = await tx.execute<FiredAlert & Record<string, unknown>>(sql`
      update stock_alerts a set fired_at = now()
      from stock_levels s
      where a.fired_at is null and s.sku = a.sku and s.location = a.location and s.quantity > 0
        ${sku ? sql`and a.sku = ${sku}` : sql``}
      returning a.id, a.sku, a.location, a.channel, a.user_id, a.email, a.locale`);
    const fired = (result as unknown as { rows: FiredAlert[] }).rows;
    for (const alert of fired) {
      const [item] = await tx
        .select({ slug: products.slug, name: products.name, label: skus.label })
        .from(skus)
        .innerJoin(products, eq(products.slug, skus.productSlug))
        .where(eq(skus.sku, alert.sku));
      if (!item) continue;
      const [store] = alert.location === "online" ? [] : await tx.select({ name: stores.name }).from(stores).where(eq(stores.slug, alert.location));
      const { locale, t } = await textsFor(alert.locale, "notifications");
      const path = store ? `/products/${item.slug}/stores?sku=${encodeURIComponent(alert.sku)}` : `/products/${item.slug}?sku=${encodeURIComponent(alert.sku)}`;
      const url = localizedPath(path, locale);
      const values = { product: item.name, label: item.label, store: store?.name ?? "" };
      const body = store ? t("backInStockStore", values) : t("backInStockOnline", values);
      await enqueueMessage(tx, {
        kind: "back_in_stock",
        topic: "backInStock",
        channel: alert.channel,
        requested: true,
        userId: alert.user_id,
        email: alert.email,
        title: t("backInStockTitle", values),
        body,
        url,
        mailSubject: t("backInStockTitle", values),
        mailText: t("mailBody", { text: body, url: `${siteUrl()}${url}` }),
      });
    }
    return fired.length;
  });
}
