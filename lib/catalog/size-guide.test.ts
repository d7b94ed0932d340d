import { describe, expect, it } from "vitest";
import { generateCatalog } from "@/lib/db/seed/catalog";
import { sizeGuideFor } from "./size-guide";

describe("sizeGuideFor", () => {
  it("gives the category's chart, cut to the product's sizes", () => {
    expect(sizeGuideFor("robes", ["S", "M"])).toEqual({
      measures: ["bust", "waist", "hips"],
      rows: [
        { size: "S", values: [[84, 88], [66, 70], [90, 94]] },
        { size: "M", values: [[88, 92], [70, 74], [94, 98]] },
      ],
    });
    expect(sizeGuideFor("chaussures", ["36", "46"])?.rows).toEqual([
      { size: "36", values: [23] },
      { size: "46", values: [29.7] },
    ]);
  });

  it("picks the chart that fits when a category has several (children's clothes and shoes)", () => {
    expect(sizeGuideFor("enfant", ["4 ans"])?.measures).toEqual(["height"]);
    expect(sizeGuideFor("enfant", ["28"])?.measures).toEqual(["foot"]);
  });

  it("has none for one-size products or categories without a chart", () => {
    expect(sizeGuideFor("sacs-accessoires", ["Taille unique"])).toBeUndefined();
    expect(sizeGuideFor("robes", ["Taille unique"])).toBeUndefined();
  });

  it("covers every size the demo catalog sells in a category with a chart", () => {
    for (const product of generateCatalog().products) {
      const sizes = product.skus.map((sku) => sku.size);
      const chart = sizeGuideFor(product.categorySlug, sizes);
      if (["maison", "sacs-accessoires"].includes(product.categorySlug)) continue;
      expect(chart?.rows.map((row) => row.size).sort(), product.slug).toEqual([...new Set(sizes)].sort());
    }
  });
});
