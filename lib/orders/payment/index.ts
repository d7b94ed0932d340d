import { payAtPickupProvider } from "./pay-at-pickup";
import { testCardProvider } from "./test-card";
import type { PaymentProvider } from "./types";

export type { PaymentMethod, PaymentProvider, PaymentRequest, PaymentResult } from "./types";

/**
 * Delivery is paid online (the test card in this demo); pickup from a store's shelf is paid in
 * store; pickup of units shipped from the online warehouse (docs/in-store.md) is paid online.
 */
export function paymentProviderFor(fulfilment: { type: "delivery" } | { type: "pickup"; from?: "store" | "online" }): PaymentProvider {
  return fulfilment.type === "pickup" && fulfilment.from !== "online" ? payAtPickupProvider : testCardProvider;
}
