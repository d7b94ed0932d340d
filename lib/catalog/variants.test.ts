import { describe, expect, it } from "vitest";
import type { Sku } from "./types";
import { imagesForColour, variantChoices } from "./variants";

const sku = (code: string, colour: string | null, size: string | null, onlineStock = 5): Sku => ({
  sku: code,
  label: [colour, size].filter(Boolean).join(" · "),
  colour,
  size,
  priceCents: 4990,
  onlineStock,
  storeStock: 0,
});

// Burgundy in S and M; sage in M (sold out online) and L: sage S and burgundy L do not exist.
const skus = [sku("B-S", "Bordeaux", "S"), sku("B-M", "Bordeaux", "M"), sku("V-M", "Vert sauge", "M", 0), sku("V-L", "Vert sauge", "L")];

describe("variantChoices", () => {
  it("offers colours and sizes as separate choices, each leading to a SKU", () => {
    const choices = variantChoices(skus, skus[1]!);
    expect(choices).toEqual({
      kind: "colourAndSize",
      colours: [
        { colour: "Bordeaux", label: "Bordeaux", sku: "B-M", selected: true, available: true },
        // Same size in the other colour, even sold out online: marked, not swapped for another size.
        { colour: "Vert sauge", label: "Vert sauge", sku: "V-M", selected: false, available: false },
      ],
      sizes: [
        { size: "S", label: "S", sku: "B-S", selected: false, available: true },
        { size: "M", label: "M", sku: "B-M", selected: true, available: true },
        // Burgundy L does not exist: shown, leading nowhere.
        { size: "L", label: "L", sku: null, selected: false, available: false },
      ],
    });
  });

  it("leads a colour missing in the chosen size to that colour's first buyable size", () => {
    const choices = variantChoices(skus, skus[0]!);
    expect(choices.kind === "colourAndSize" && choices.colours[1]).toEqual({ colour: "Vert sauge", label: "Vert sauge", sku: "V-L", selected: false, available: false });
  });

  it("shows the colours and sizes in the page's language, keeping the French values as keys", () => {
    const english = [
      { ...sku("K-4", "Bordeaux", "4 ans"), colourLabel: "Burgundy", sizeLabel: "Age 4" },
      { ...sku("K-6", "Bordeaux", "6 ans"), colourLabel: "Burgundy", sizeLabel: "Age 6" },
    ];
    const choices = variantChoices(english, english[0]!);
    expect(choices.kind === "colourAndSize" && choices.colours).toEqual([{ colour: "Bordeaux", label: "Burgundy", sku: "K-4", selected: true, available: true }]);
    expect(choices.kind === "colourAndSize" && choices.sizes.map(({ size, label }) => [size, label])).toEqual([
      ["4 ans", "Age 4"],
      ["6 ans", "Age 6"],
    ]);
  });

  it("falls back to labels when colour and size do not tell the SKUs apart", () => {
    const free = [sku("A", null, null), sku("B", null, null, 0)];
    expect(variantChoices(free, free[1]!)).toEqual({
      kind: "labels",
      options: [
        { label: "", sku: "A", selected: false, available: true },
        { label: "", sku: "B", selected: true, available: false },
      ],
    });
  });
});

describe("imagesForColour", () => {
  const product = { images: ["p-1", "p-2"], skus };
  it("puts the chosen colour's picture first", () => {
    expect(imagesForColour(product, "Vert sauge")).toEqual(["p-2", "p-1"]);
    expect(imagesForColour(product, "Bordeaux")).toEqual(["p-1", "p-2"]);
  });
  it("keeps the gallery when the colour has no picture of its own", () => {
    expect(imagesForColour({ images: ["p-1"], skus }, "Vert sauge")).toEqual(["p-1"]);
    expect(imagesForColour({ images: ["p-1", "p-2"], skus: [skus[0]!] }, "Bordeaux")).toEqual(["p-1", "p-2"]);
  });
});
