import { describe, expect, it } from "vitest";
import { formatDeliveryWindow } from "./format";

describe("formatDeliveryWindow", () => {
  it("writes one day or a range in the shopper's language", () => {
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-03" }, "fr")).toBe("jeudi 3 décembre");
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-04" }, "fr")).toBe("jeudi 3 – vendredi 4 décembre");
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-04" }, "en")).toBe("Thursday 3 – Friday 4 December");
  });

  it("writes the first of the month 1er in French", () => {
    expect(formatDeliveryWindow({ earliest: "2026-12-01", latest: "2026-12-01" }, "fr")).toBe("mardi 1er décembre");
    expect(formatDeliveryWindow({ earliest: "2026-11-30", latest: "2026-12-01" }, "fr")).toBe("lundi 30 novembre – mardi 1er décembre");
    expect(formatDeliveryWindow({ earliest: "2026-12-01", latest: "2026-12-01" }, "en")).toBe("Tuesday 1 December");
  });

  it("spaces the range with plain spaces, whatever the ICU version (the server's and the browser's differ)", () => {
    expect(formatDeliveryWindow({ earliest: "2026-12-31", latest: "2027-01-04" }, "fr")).toBe("jeudi 31 décembre – lundi 4 janvier");
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-04" }, "fr")).not.toMatch(/[\u2009\u202f]/);
  });
});
