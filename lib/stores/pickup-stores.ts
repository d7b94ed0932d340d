import type { Db } from "../db/client";
import { stockLevelsOf, type StockLevel } from "../inventory/stock";
import { sortByDistance, type LatLng } from "./distance";
import { favouriteFirst } from "./favourite-first";
import { listStores } from "./queries";
import type { Store } from "./types";

export interface PickupStore {
  slug: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  distanceKm?: number;
  /** How many of the cart's lines this store holds in full, out of `lineCount`. */
  linesInStock: number;
  lineCount: number;
}

/** Checkout's pickup list, and whether it is nearest first; a typed place that was not found is said. */
export interface PickupChoice {
  stores: PickupStore[];
  preselected?: string;
  byDistance: boolean;
  unknownPlace: boolean;
}

/**
 * Checkout's pickup stores (docs/delivery.md#store-pickup): nearest first from `origin` when there
 * is one, else the favourite store first and the others by city; each with how many of the
 * cart's lines it can serve from its own stock.
 */
export function rankPickupStores(
  stores: readonly Store[],
  levels: readonly StockLevel[],
  lines: readonly { sku: string; quantity: number }[],
  origin: LatLng | null,
  favourite: string | null | undefined,
): PickupStore[] {
  const held = new Map(levels.map((level) => [`${level.location}\u0000${level.sku}`, level.available]));
  const ordered: (Store & { distanceKm?: number })[] = origin ? sortByDistance(stores, origin) : favouriteFirst(stores, favourite);
  return ordered.map((store) => ({
    slug: store.slug,
    name: store.name,
    address: store.address,
    postcode: store.postcode,
    city: store.city,
    ...(store.distanceKm === undefined ? {} : { distanceKm: store.distanceKm }),
    linesInStock: lines.filter((line) => (held.get(`${store.slug}\u0000${line.sku}`) ?? 0) >= line.quantity).length,
    lineCount: lines.length,
  }));
}

/** The store to preselect: the favourite when it has everything, else the first (nearest) that does; none otherwise. */
export function preselectedPickupStore(stores: readonly PickupStore[], favourite: string | null | undefined): string | undefined {
  const complete = stores.filter((store) => store.lineCount > 0 && store.linesInStock === store.lineCount);
  return (complete.find((store) => store.slug === favourite) ?? complete[0])?.slug;
}

export async function pickupStores(
  db: Db,
  lines: readonly { sku: string; quantity: number }[],
  origin: LatLng | null,
  favourite: string | null | undefined,
): Promise<PickupStore[]> {
  const [stores, levels] = await Promise.all([listStores(db), stockLevelsOf(db, lines.map((line) => line.sku))]);
  return rankPickupStores(stores, levels, lines, origin, favourite);
}
