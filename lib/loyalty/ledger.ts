import { and, eq, isNotNull, isNull, notExists, or, sql, sum } from "drizzle-orm";
import type { Db } from "../db/client";
import { loyaltyLedger, orders, reservations, skus } from "../db/schema";
import { pointsForCents, type LoyaltyRules } from "./rules";

/**
 * The points ledger (docs/engagement.md#points). A purchase earns once it is final: a delivery
 * order when placed (it is paid), a pickup order or a reservation when the store hands it over.
 * `settlePurchases` writes what is owed and not yet written; the unique `source` makes every
 * purchase count once, however often (or concurrently) it runs.
 */
export async function settlePurchases(db: Db, userId: string, rules: Pick<LoyaltyRules, "pointsPerEuro">): Promise<number> {
  const orderSource = sql`'order:' || ${orders.id}`;
  const owedOrders = await db
    .select({ id: orders.id, fulfilment: orders.fulfilment, totalCents: orders.totalCents, createdAt: orders.createdAt, collectedAt: orders.collectedAt })
    .from(orders)
    .where(
      and(
        eq(orders.userId, userId),
        isNull(orders.cancelledAt),
        or(eq(orders.fulfilment, "delivery"), isNotNull(orders.collectedAt)),
        notExists(db.select({ one: sql`1` }).from(loyaltyLedger).where(eq(loyaltyLedger.source, orderSource))),
      ),
    );
  const reservationSource = sql`'reservation:' || ${reservations.id}`;
  const owedReservations = await db
    .select({ id: reservations.id, quantity: reservations.quantity, unitCents: skus.priceCents, collectedAt: reservations.collectedAt })
    .from(reservations)
    .innerJoin(skus, eq(skus.sku, reservations.sku))
    .where(
      and(
        eq(reservations.userId, userId),
        eq(reservations.status, "collected"),
        notExists(db.select({ one: sql`1` }).from(loyaltyLedger).where(eq(loyaltyLedger.source, reservationSource))),
      ),
    );
  const rows = [
    ...owedOrders.map((o) => ({
      userId,
      source: `order:${o.id}`,
      kind: o.fulfilment === "pickup" ? ("pickup" as const) : ("order" as const),
      points: pointsForCents(o.totalCents, rules),
      basisCents: o.totalCents,
      createdAt: o.collectedAt ?? o.createdAt,
    })),
    // A reservation is paid at the till: the SKU's price when it is handed over.
    ...owedReservations.map((r) => ({
      userId,
      source: `reservation:${r.id}`,
      kind: "pickup" as const,
      points: pointsForCents(r.unitCents * r.quantity, rules),
      basisCents: r.unitCents * r.quantity,
      createdAt: r.collectedAt ?? new Date(),
    })),
  ];
  if (rows.length === 0) return 0;
  const written = await db.insert(loyaltyLedger).values(rows).onConflictDoNothing({ target: loyaltyLedger.source }).returning({ id: loyaltyLedger.id });
  return written.length;
}

/** The account's points: the sum of its ledger. */
export async function pointsBalance(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ total: sum(loyaltyLedger.points) }).from(loyaltyLedger).where(eq(loyaltyLedger.userId, userId));
  return Number(row?.total ?? 0);
}
