import type { PaymentProvider } from "./types";

/** Click-and-collect: the shopper pays at the till when collecting, so nothing is taken online. */
export const payAtPickupProvider: PaymentProvider = {
  method: "pay_at_pickup",
  async pay() {
    return { outcome: "due_at_pickup" };
  },
};
