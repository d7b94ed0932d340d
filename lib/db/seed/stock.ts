import type { Random } from "./random";
import type { StoreSeed } from "./stores";

/**
 * Stock per SKU, online and in stores. The demo must show every availability state, in known
 * proportions whatever the catalog size, so each block of 25 consecutive SKUs gets exactly
 * this mix of situations, shuffled (stratified rather than left to chance):
 */
const BLOCK = [
  ...Array<StockSituation>(1).fill("sold-out"), // 4%: nowhere
  ...Array<StockSituation>(4).fill("stores-only"), // 16%: sold out online, in ≥1 store
  ...Array<StockSituation>(2).fill("last-units"), // 8%: 1–2 left online
  ...Array<StockSituation>(18).fill("in-stock"),
];

export type StockSituation = "sold-out" | "stores-only" | "last-units" | "in-stock";

export interface SkuStock {
  online: number;
  /** Units per store slug. A store that does not carry the SKU has no entry (no stock row). */
  stores: Record<string, number>;
}

/** Share of stores carrying a given SKU: a shop holds about a third of the web range. */
const CARRY_PROBABILITY = 0.35;
/** Part of the store-only SKUs guaranteed in a Lyon-area store, where demos and tests stand. */
const HUB_GUARANTEE = 0.6;

const isHubStore = (store: StoreSeed) => store.postcode.startsWith("69");

/** Returns a function handing out the stock of successive SKUs. */
export function createStockPlanner(random: Random, stores: readonly StoreSeed[]): () => SkuStock {
  const hubStores = stores.filter(isHubStore);
  let block: StockSituation[] = [];

  const storeQuantities = (): Record<string, number> => {
    const quantities: Record<string, number> = {};
    for (const store of stores) {
      if (!random.chance(CARRY_PROBABILITY)) continue;
      // Mostly a handful of units, sometimes a dozen, sometimes just sold out.
      quantities[store.slug] = random.chance(0.15) ? 0 : 1 + Math.floor(11 * random.next() ** 2);
    }
    return quantities;
  };

  const plans: Record<StockSituation, () => SkuStock> = {
    "sold-out": () => ({ online: 0, stores: Object.fromEntries(Object.keys(storeQuantities()).map((slug) => [slug, 0])) }),
    "stores-only": () => {
      const quantities = storeQuantities();
      const guaranteed = hubStores.length > 0 && random.chance(HUB_GUARANTEE) ? hubStores : stores;
      const somewhere = random.pick(guaranteed).slug;
      quantities[somewhere] = Math.max(quantities[somewhere] ?? 0, random.int(1, 5));
      return { online: 0, stores: quantities };
    },
    "last-units": () => ({ online: random.int(1, 2), stores: storeQuantities() }),
    "in-stock": () => ({ online: 3 + Math.floor(37 * random.next() ** 1.5), stores: storeQuantities() }),
  };

  return () => {
    if (block.length === 0) block = random.shuffle(BLOCK);
    return plans[block.pop()!]();
  };
}
