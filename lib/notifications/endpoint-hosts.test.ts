import { describe, expect, it } from "vitest";
import { isAllowedEndpoint, pushHostRules } from "./endpoint-hosts";

describe("push endpoint hosts", () => {
  const rules = pushHostRules("push.example.org, http://localhost:4101");

  it("accepts the known push services over HTTPS", () => {
    for (const endpoint of [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://web.push.apple.com/QGx",
      "https://wns2-par02p.notify.windows.com/w/?token=abc",
      "https://push.example.org/x",
    ]) {
      expect(isAllowedEndpoint(endpoint, rules), endpoint).toBe(true);
    }
  });

  it("refuses foreign hosts, look-alikes, HTTP and credentials", () => {
    for (const endpoint of [
      "https://evil.example/fcm.googleapis.com",
      "https://fcm.googleapis.com.evil.example/x",
      "https://notpush.apple.com.evil/x",
      "http://fcm.googleapis.com/fcm/send/abc",
      "https://user:pw@fcm.googleapis.com/x",
      "http://localhost:4102/x",
      "https://127.0.0.1/x",
      "not a url",
      "javascript:alert(1)",
    ]) {
      expect(isAllowedEndpoint(endpoint, rules), endpoint).toBe(false);
    }
  });

  it("allows plain HTTP only to a host listed with http://", () => {
    expect(isAllowedEndpoint("http://localhost:4101/notify/abc", rules)).toBe(true);
    expect(isAllowedEndpoint("http://localhost:4101/notify/abc", pushHostRules(undefined))).toBe(false);
  });
});
