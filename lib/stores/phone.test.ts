import { describe, expect, it } from "vitest";
import { telHref } from "./phone";

describe("telHref", () => {
  it("dials a French number internationally", () => {
    expect(telHref("04 65 71 20 17")).toBe("tel:+33465712017");
    expect(telHref("01.99.00.12.35")).toBe("tel:+33199001235");
  });
  it("keeps an international number", () => {
    expect(telHref("+32 2 123 45 67")).toBe("tel:+3221234567");
  });
});
