/**
 * The cart as devices and the server exchange it (docs/accounts.md#cart-merge). One line per SKU; a line with
 * quantity 0 is a tombstone: the SKU was removed at `updatedAt`, and that removal must win over
 * any older copy of the line that a device brings back.
 */
export interface CartLine {
  sku: string;
  quantity: number;
  /** ISO-8601 time of the change on the device that made it. */
  updatedAt: string;
}

export const MAX_LINE_QUANTITY = 20;
export const MAX_CART_LINES = 100;

/** What a merge changed, so the shopper can be told ("2 items added from your phone"). */
export interface CartMergeChange {
  sku: string;
  kind: "added" | "updated" | "removed";
  quantity: number;
}
