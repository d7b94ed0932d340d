export type StockWordsKey = "outOfStock" | "onlyLeft" | "inStock";

/** At or below this many units the UI says "only N left" to prompt a decision. */
const LOW_STOCK_MAX = 2;

/**
 * The message key (and its `{count}`) that describes a stock level. Anything that is not a
 * positive number of units, including NaN from a bad row, reads as out of stock: never promise
 * what may not be there.
 */
export function stockLevelWords(quantity: number): { key: StockWordsKey; count: number } {
  const count = Number.isFinite(quantity) && quantity > 0 ? Math.floor(quantity) : 0;
  if (count === 0) return { key: "outOfStock", count };
  return { key: count <= LOW_STOCK_MAX ? "onlyLeft" : "inStock", count };
}
