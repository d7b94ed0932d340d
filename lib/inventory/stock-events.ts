import type { Database } from "../db/client";
import { listen } from "../db/listen";
import type { StockLevel } from "./stock";

/** The channel the stock_levels trigger (migration 0003) notifies on every change. */
export const STOCK_CHANNEL = "stock_changed";

export type StockListener = (event: StockLevel) => void;

export interface StockFeed {
  /** Calls `listener` for each change of these SKUs, at any location; returns the unsubscribe. */
  subscribe(skus: readonly string[], listener: StockListener): () => void;
  /** Calls `listener` for every change of any SKU; returns the unsubscribe. */
  subscribeAll(listener: StockListener): () => void;
  close(): Promise<void>;
}

function parseEvent(payload: string): StockLevel | null {
  try {
    const { sku, location, available } = JSON.parse(payload) as Partial<StockLevel>;
    return typeof sku === "string" && typeof location === "string" && typeof available === "number" ? { sku, location, available } : null;
  } catch {
    return null;
  }
}

/**
 * Stock changes as events, from the database's own notifications: in-process with PGlite (one
 * server), through LISTEN/NOTIFY with PostgreSQL, so every instance behind a load balancer sees
 * changes made by any other, or by staff in psql. One feed per process fans out to subscribers.
 */
export async function openStockFeed(database: Database): Promise<StockFeed> {
  const bySku = new Map<string, Set<StockListener>>();
  const everySku = new Set<StockListener>();
  const dispatch = (payload: string) => {
    const event = parseEvent(payload);
    if (!event) return;
    for (const listener of bySku.get(event.sku) ?? []) listener(event);
    for (const listener of everySku) listener(event);
  };
  const stop = await listen(database, STOCK_CHANNEL, dispatch);
  return {
    subscribe(skus, listener) {
      for (const sku of skus) {
        let set = bySku.get(sku);
        if (!set) bySku.set(sku, (set = new Set()));
        set.add(listener);
      }
      return () => {
        for (const sku of skus) {
          const set = bySku.get(sku);
          set?.delete(listener);
          if (set?.size === 0) bySku.delete(sku);
        }
      };
    },
    subscribeAll(listener) {
      everySku.add(listener);
      return () => everySku.delete(listener);
    },
    close: stop,
  };
}
