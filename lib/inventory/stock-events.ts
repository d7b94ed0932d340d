import type pg from "pg";
import type { Database } from "../db/client";
import type { StockLevel } from "./stock";

/** The channel the stock_levels trigger (migration 0003) notifies on every change. */
export const STOCK_CHANNEL = "stock_changed";

export type StockListener = (event: StockLevel) => void;

export interface StockFeed {
  /** Calls `listener` for each change of these SKUs, at any location; returns the unsubscribe. */
  subscribe(skus: readonly string[], listener: StockListener): () => void;
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
 * A dedicated PostgreSQL connection LISTENing on the channel, reconnecting after a failure so a
 * database restart does not silence the feed for good. Changes made while it reconnects are not
 * replayed; the stream sends current levels to each page when it (re)connects.
 */
function listenOnPool(pool: pg.Pool, onPayload: (payload: string) => void): () => Promise<void> {
  let closed = false;
  let client: pg.PoolClient | undefined;
  const connect = async () => {
    if (closed) return;
    try {
      const c = await pool.connect();
      client = c;
      c.on("notification", (message) => {
        if (message.channel === STOCK_CHANNEL && message.payload) onPayload(message.payload);
      });
      c.on("error", (error) => {
        console.error("[stock] listener connection lost, reconnecting", error.message);
        c.release(error);
        client = undefined;
        setTimeout(connect, 1000).unref();
      });
      await c.query(`LISTEN ${STOCK_CHANNEL}`);
    } catch (error) {
      console.error("[stock] cannot listen for stock changes, retrying", error);
      setTimeout(connect, 1000).unref();
    }
  };
  void connect();
  return async () => {
    closed = true;
    if (client) {
      await client.query(`UNLISTEN ${STOCK_CHANNEL}`).catch(() => undefined);
      client.release();
    }
  };
}

/**
 * Stock changes as events, from the database's own notifications: in-process with PGlite (one
 * server), through LISTEN/NOTIFY with PostgreSQL, so every instance behind a load balancer sees
 * changes made by any other, or by staff in psql. One feed per process fans out to subscribers.
 */
export async function openStockFeed(database: Database): Promise<StockFeed> {
  const bySku = new Map<string, Set<StockListener>>();
  const dispatch = (payload: string) => {
    const event = parseEvent(payload);
    if (!event) return;
    for (const listener of bySku.get(event.sku) ?? []) listener(event);
  };
  let stop: () => Promise<void>;
  if (database.pglite) {
    const unlisten = await database.pglite.listen(STOCK_CHANNEL, dispatch);
    stop = () => unlisten();
  } else if (database.pool) {
    stop = listenOnPool(database.pool, dispatch);
  } else {
    throw new Error("stock feed needs PGlite or a PostgreSQL pool");
  }
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
    close: stop,
  };
}
