import { describe, expect, it } from "vitest";
import { campaignSource } from "./campaign";

describe("campaignSource", () => {
  it("turns a utm_source into words", () => expect(campaignSource("spring_newsletter")).toBe("spring newsletter"));
  it("drops markup and caps the length", () => {
    expect(campaignSource("<script>alert(1)</script>")).toBe("scriptalert1script");
    expect(campaignSource("x".repeat(500))).toHaveLength(40);
  });
  it("ignores empty values", () => {
    expect(campaignSource(undefined)).toBeUndefined();
    expect(campaignSource(["", "b"])).toBeUndefined();
    expect(campaignSource("!!!")).toBeUndefined();
  });
});
