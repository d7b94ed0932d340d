import { describe, expect, it } from "vitest";
import { orderRequestSchema } from "./order-request";

const base = {
  email: "ada@example.org",
  lines: [{ sku: "TEE-M", quantity: 1 }],
  fulfilment: { type: "delivery", phone: "06 12 34 56 78", address: { name: "Ada", line1: "1 rue", postcode: "69002", city: "Lyon" } },
  acceptTerms: true,
};

const issues = (body: unknown) => {
  const parsed = orderRequestSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("orderRequestSchema", () => {
  it("defaults delivery to home and keeps the phone in E.164", () => {
    const parsed = orderRequestSchema.parse(base);
    expect(parsed.fulfilment).toMatchObject({ type: "delivery", method: "home", phone: "+33612345678" });
  });

  it("refuses an order whose terms of sale were not accepted", () => {
    expect(issues({ ...base, acceptTerms: undefined })).toEqual(["acceptTerms"]);
    expect(issues({ ...base, acceptTerms: false })).toEqual(["acceptTerms"]);
    expect(issues({ ...base, acceptTerms: "yes" })).toEqual(["acceptTerms"]);
  });

  it("wants a phone for delivery, an address for home and a relay point and name for relay", () => {
    expect(issues({ ...base, fulfilment: { ...base.fulfilment, phone: undefined } })).toEqual(["fulfilment.phone"]);
    expect(issues({ ...base, fulfilment: { ...base.fulfilment, phone: "12" } })).toEqual(["fulfilment.phone"]);
    expect(issues({ ...base, fulfilment: { type: "delivery", phone: "0612345678" } })).toEqual(["fulfilment.address"]);
    expect(issues({ ...base, fulfilment: { type: "delivery", method: "relay", phone: "0612345678" } })).toEqual(["fulfilment.relayPoint", "fulfilment.name"]);
    expect(issues({ ...base, fulfilment: { type: "delivery", method: "relay", relayPoint: "lyon-republique", name: "Ada", phone: "0612345678" } })).toEqual([]);
  });

  it("takes a pickup with or without a phone", () => {
    expect(issues({ ...base, fulfilment: { type: "pickup", store: "lyon-bellecour" } })).toEqual([]);
    expect(orderRequestSchema.parse({ ...base, fulfilment: { type: "pickup", store: "lyon-bellecour", phone: "+33 1 42 60 31 10" } }).fulfilment).toMatchObject({ phone: "+33142603110" });
  });
});
