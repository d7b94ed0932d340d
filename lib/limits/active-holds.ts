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

/** A cap reached, and how long until the earliest of the holds it counts runs out (at least 1 s): the answer's `Retry-After`. */
export interface HoldCapReached {
  retryAfterSeconds: number;
}

/**
 * Whether the e-mail or the client already has as many active holds as the caps allow
 * (docs/security.md): reservations still active and unpaid pickup orders still holding units
 * both count, so neither path gets around the other's cap. Null while under both caps.
 */
export async function holdCapReached(
  db: Db | Tx,
  owner: HoldOwner,
  caps: { perEmail: number; perClient: number } = ACTIVE_HOLDS,
  now: Date = new Date(),
): Promise<HoldCapReached | null> {
  const held = async (reservationWhere: SQL, orderWhere: SQL) => {
    const [reserved] = await db
      .select({ n: sql<number>`count(*)::int`, earliest: sql<string | null>`min(${reservations.expiresAt})` })
      .from(reservations)
      .where(and(eq(reservations.status, "active"), gt(reservations.expiresAt, now), reservationWhere));
    const [placed] = await db
      .select({ n: sql<number>`count(*)::int`, earliest: sql<string | null>`min(${orders.holdExpiresAt})` })
      .from(orders)
      .where(and(holdingOrder, gt(orders.holdExpiresAt, now), orderWhere));
    const ends = [reserved?.earliest, placed?.earliest].filter((value) => value != null).map((value) => new Date(value!).getTime());
    return { count: (reserved?.n ?? 0) + (placed?.n ?? 0), earliest: Math.min(...ends) };
  };
  const reached = ({ earliest }: { earliest: number }): HoldCapReached => ({ retryAfterSeconds: Math.max(1, Math.ceil((earliest - now.getTime()) / 1000)) });
  const email = owner.email.toLowerCase();
  if (caps.perEmail > 0) {
    const byEmail = await held(sql`lower(${reservations.email}) = ${email}`, sql`lower(${orders.email}) = ${email}`);
    if (byEmail.count >= caps.perEmail) return reached(byEmail);
  }
  const client = owner.clientAddress;
  if (caps.perClient > 0 && client) {
    const byClient = await held(eq(reservations.clientAddress, client), eq(orders.clientAddress, client));
    if (byClient.count >= caps.perClient) return reached(byClient);
  }
  return null;
}
