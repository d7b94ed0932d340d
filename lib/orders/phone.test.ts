import { describe, expect, it } from "vitest";
import { frenchPhoneSchema } from "./phone";

describe("frenchPhoneSchema", () => {
  it("accepts the ways a French number is written and keeps it in E.164", () => {
    for (const typed of ["06 12 34 56 78", "0612345678", "06.12.34.56.78", "06-12-34-56-78", "+33 6 12 34 56 78", "+33612345678", "0033 6 12 34 56 78", " (0)6 12 34 56 78 ".replace("(0)", "0")]) {
      expect(frenchPhoneSchema.parse(typed), typed).toBe("+33612345678");
    }
    expect(frenchPhoneSchema.parse("01 42 60 31 10")).toBe("+33142603110");
  });

  it("refuses what is not a French number", () => {
    for (const typed of ["", "0612", "00 12 34 56 78", "+44 20 7946 0958", "06 12 34 56 789", "06 12 34 56 7a", "1".repeat(40)]) {
      expect(frenchPhoneSchema.safeParse(typed).success, typed).toBe(false);
    }
  });
});
