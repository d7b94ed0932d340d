import { describe, expect, it } from "vitest";
import { encodePushPayload, MAX_PUSH_PAYLOAD_BYTES } from "./payload";

describe("push payload", () => {
  it("keeps a short message whole", () => {
    const payload = { title: "De retour", body: "Le pull est revenu", url: "/products/pull?sku=A", tag: "back_in_stock:A" };
    expect(JSON.parse(encodePushPayload(payload))).toEqual(payload);
  });

  it("shortens a long body (multi-byte characters too) to fit the push limit", () => {
    const json = encodePushPayload({ title: "Titre", body: "é€😀".repeat(2000), url: "/", tag: "t" });
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
    const parsed = JSON.parse(json) as { body: string };
    expect(parsed.body.endsWith("…")).toBe(true);
    expect(parsed.body.length).toBeGreaterThan(500);
  });
});
