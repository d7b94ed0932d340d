import { payAtPickupProvider } from "./pay-at-pickup";
import { testCardProvider } from "./test-card";
import type { PaymentProvider } from "./types";

export type { PaymentMethod, PaymentProvider, PaymentRequest, PaymentResult } from "./types";

/** Delivery is paid online (the test card in this demo); pickup is paid in store. */
export function paymentProviderFor(fulfilment: "delivery" | "pickup"): PaymentProvider {
  return fulfilment === "pickup" ? payAtPickupProvider : testCardProvider;
}
