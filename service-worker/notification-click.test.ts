import { describe, expect, it } from "vitest";
import { notificationUrl } from "./notification-click";

describe("the page a notification opens", () => {
  const origin = "https://vitrine.example";
  it("opens the message's site path", () => {
    expect(notificationUrl({ url: "/products/pull?sku=A-M" }, origin)).toBe("https://vitrine.example/products/pull?sku=A-M");
    expect(notificationUrl({ url: "/en/account/orders" }, origin)).toBe("https://vitrine.example/en/account/orders");
  });
  it("never another origin: anything else opens the home page", () => {
    for (const data of [{ url: "https://evil.example/" }, { url: "//evil.example/x" }, { url: "javascript:alert(1)" }, { url: 3 }, null, "x"]) {
      expect(notificationUrl(data, origin)).toBe("https://vitrine.example/");
    }
  });
});
