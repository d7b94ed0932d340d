import { describe, expect, it } from "vitest";
import { formatDeliveryWindow as format } from "./format";

// Intl puts thin no-break spaces around the range dash: compare with plain spaces.
const formatDeliveryWindow = (...args: Parameters<typeof format>) => format(...args).replace(/\s/g, " ");

describe("formatDeliveryWindow", () => {
  it("writes one day or a range in the shopper's language", () => {
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-03" }, "fr")).toBe("jeudi 3 décembre");
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-04" }, "fr")).toMatch(/^jeudi 3 – vendredi 4 décembre$/);
    expect(formatDeliveryWindow({ earliest: "2026-12-03", latest: "2026-12-04" }, "en")).toMatch(/^Thursday 3 December – Friday 4 December$/);
  });

  it("writes the first of the month 1er in French", () => {
    expect(formatDeliveryWindow({ earliest: "2026-12-01", latest: "2026-12-01" }, "fr")).toBe("mardi 1er décembre");
    expect(formatDeliveryWindow({ earliest: "2026-11-30", latest: "2026-12-01" }, "fr")).toMatch(/^lundi 30 novembre – mardi 1er décembre$/);
    expect(formatDeliveryWindow({ earliest: "2026-12-01", latest: "2026-12-01" }, "en")).toBe("Tuesday 1 December");
  });
});
