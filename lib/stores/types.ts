import type { OpeningHours } from "./opening-hours";

/** A store as the JSON API and the store pages show it (docs/contract.md#json-api, `Store`). */
export interface Store {
  slug: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  /** As dialled in France ("04 65 71 20 17"). */
  phone: string;
  /** Seven days, Monday first, each a list of ["HH:MM","HH:MM"] ranges in the store's time zone. */
  openingHours: OpeningHours;
  /** Open at the time of the request, in the store's own time zone. */
  openNow: boolean;
  /** Units of the requested SKU on hand (only when a SKU was asked for). */
  stock?: number;
  /** Great-circle distance from the shopper's position, 0.1 km precision (only when one was given). */
  distanceKm?: number;
}
