/** How an order reaches the shopper (docs/delivery.md). */
export const DELIVERY_METHODS = ["home", "relay", "pickup"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface MethodRule {
  feeCents: number;
  minDays: number;
  maxDays: number;
}

export interface DeliveryConfig {
  methods: Record<DeliveryMethod, MethodRule>;
  /** In-store mode's "Retirer ici plus tard": shipped from the online stock to a store, free (docs/in-store.md). */
  shipToStore: MethodRule;
  /** Home and relay delivery are free from this subtotal on (cents, items only); 0 makes them always free. */
  freeThresholdCents: number;
  cutoffHour: number;
  timeZone: string;
  /** Days a shopper has to send an item back, free of charge. */
  returnsDays: number;
}

