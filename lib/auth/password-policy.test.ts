import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("refuses short and very long passwords", () => {
    expect(passwordProblem("abc1234")).toBe("too_short");
    expect(passwordProblem("x".repeat(129))).toBe("too_long");
  });

  it("refuses common passwords whatever their case", () => {
    expect(passwordProblem("password")).toBe("too_common");
    expect(passwordProblem("Password")).toBe("too_common");
    expect(passwordProblem("12345678")).toBe("too_common");
    expect(passwordProblem("azertyuiop")).toBe("too_common");
    expect(passwordProblem("motdepasse")).toBe("too_common");
  });

  it("accepts a long passphrase with spaces and no composition rules", () => {
    expect(passwordProblem("cheval agrafe batterie")).toBeNull();
    expect(passwordProblem("Vitrine-e2e-2026!")).toBeNull();
  });
});
