import type { Db } from "../db/client";
import { releaseExpiredPickupOrders } from "../orders/pickup-hold";
import { releaseExpiredReservations } from "./reservations";

/**
 * Gives back the units of every hold past its time: reservations and unpaid pickup orders
 * (docs/stores-and-pickup.md). Called before any stock read or write that matters, and by the
 * sweeper when nobody asks.
 */
export async function releaseExpiredHolds(db: Db, now: Date = new Date()): Promise<number> {
  return (await releaseExpiredReservations(db, now)) + (await releaseExpiredPickupOrders(db, now));
}
