/** What the pickup desk hands over (docs/back-office.md): a reservation or a pickup order. */
export type PickupKind = "reservation" | "order";
