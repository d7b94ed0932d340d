import { and, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { orders, reservations } from "../db/schema";
import type { Tx } from "../inventory/transaction";
import { holdingOrder } from "../orders/pickup-hold";
import { ACTIVE_HOLDS } from "./caps";

export interface HoldOwner {
  email: string;
  /** The client's address (lib/http/forwarded.ts); without one only the e-mail cap applies. */
  clientAddress?: string | null;
}

/**
 * Whether the e-mail or the client already has as many active holds as the caps allow
 * (docs/security.md): reservations still active and unpaid pickup orders still holding units
 * both count, so neither path gets around the other's cap.
 */
export async function holdsAtCap(db: Db | Tx, owner: HoldOwner, caps: { perEmail: number; perClient: number } = ACTIVE_HOLDS, now: Date = new Date()): Promise<boolean> {
  const count = async (reservationWhere: SQL, orderWhere: SQL) => {
    const [held] = await db.select({ n: sql<number>`count(*)::int` }).from(reservations).where(and(eq(reservations.status, "active"), gt(reservations.expiresAt, now), reservationWhere));
    const [placed] = await db.select({ n: sql<number>`count(*)::int` }).from(orders).where(and(holdingOrder, gt(orders.holdExpiresAt, now), orderWhere));
    return (held?.n ?? 0) + (placed?.n ?? 0);
  };
  const email = owner.email.toLowerCase();
  if (caps.perEmail > 0 && (await count(sql`lower(${reservations.email}) = ${email}`, sql`lower(${orders.email}) = ${email}`)) >= caps.perEmail) return true;
  const client = owner.clientAddress;
  if (caps.perClient > 0 && client && (await count(eq(reservations.clientAddress, client), eq(orders.clientAddress, client))) >= caps.perClient) return true;
  return false;
}
