/**
 * How an order is paid, behind one small interface so a real provider (a card acquirer, a
 * wallet) can replace the test one without touching order creation.
 */
export type PaymentMethod = "test_card" | "pay_at_pickup";

export interface PaymentRequest {
  orderId: string;
  amountCents: number;
  currency: "EUR";
  email: string;
}

export type PaymentResult =
  /** Money taken now; `reference` identifies the payment at the provider. */
  | { outcome: "paid"; reference: string }
  /** Nothing taken now: the shopper pays at the store when collecting. */
  | { outcome: "due_at_pickup" }
  | { outcome: "declined"; reason: string };

export interface PaymentProvider {
  readonly method: PaymentMethod;
  pay(request: PaymentRequest): Promise<PaymentResult>;
}
