import "server-only";
import { getDatabase } from "../db/client";
import { openStockFeed, type StockFeed } from "./stock-events";

const globalForStock = globalThis as unknown as { vitrineStockFeed?: Promise<StockFeed> };

/** The process's one stock feed, shared by every open stream. */
export function getStockFeed(): Promise<StockFeed> {
  globalForStock.vitrineStockFeed ??= getDatabase()
    .then(openStockFeed)
    .catch((error) => {
      globalForStock.vitrineStockFeed = undefined;
      throw error;
    });
  return globalForStock.vitrineStockFeed;
}
