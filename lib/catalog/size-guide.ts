/**
 * Size guides per category (docs/product-page.md#size-guide): body measurements in centimetres
 * for each size the category sells, as a retailer's chart would give them. The product page
 * shows the rows of the sizes the product comes in. Pure data and lookup.
 */

export type Measure = "bust" | "waist" | "hips" | "foot" | "height";
/** One value or a range, in centimetres. */
export type Centimetres = number | readonly [number, number];

export interface SizeChart {
  measures: readonly Measure[];
  rows: readonly { size: string; values: readonly Centimetres[] }[];
}

const LETTER: SizeChart = {
  measures: ["bust", "waist", "hips"],
  rows: [
    { size: "XS", values: [[80, 84], [62, 66], [86, 90]] },
    { size: "S", values: [[84, 88], [66, 70], [90, 94]] },
    { size: "M", values: [[88, 92], [70, 74], [94, 98]] },
    { size: "L", values: [[92, 96], [74, 78], [98, 102]] },
    { size: "XL", values: [[96, 100], [78, 82], [102, 106]] },
    { size: "XXL", values: [[100, 106], [82, 88], [106, 112]] },
  ],
};

const FRENCH: SizeChart = {
  measures: ["waist", "hips"],
  rows: [34, 36, 38, 40, 42, 44, 46].map((size, step) => ({
    size: String(size),
    values: [
      [62 + 4 * step, 65 + 4 * step],
      [86 + 4 * step, 89 + 4 * step],
    ],
  })),
};

/** Paris points: a size is two thirds of a centimetre, size 36 fits a 23 cm foot. */
const shoeChart = (sizes: readonly number[]): SizeChart => ({
  measures: ["foot"],
  rows: sizes.map((size) => ({ size: String(size), values: [Math.round(((size - 1.5) * 2) / 3 * 10) / 10] })),
});

const KIDS: SizeChart = {
  measures: ["height"],
  rows: [
    { size: "4 ans", values: [[98, 104]] },
    { size: "6 ans", values: [[110, 116]] },
    { size: "8 ans", values: [[122, 128]] },
    { size: "10 ans", values: [[134, 140]] },
    { size: "12 ans", values: [[146, 152]] },
  ],
};

const CHARTS: Record<string, readonly SizeChart[]> = {
  robes: [LETTER],
  chemises: [LETTER],
  pulls: [LETTER],
  "vestes-manteaux": [LETTER],
  sport: [LETTER],
  pantalons: [FRENCH],
  chaussures: [shoeChart([36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46])],
  enfant: [KIDS, shoeChart([26, 28, 30, 32, 34])],
};

/** The chart for a product: its category's, cut to the product's sizes; none when nothing matches. */
export function sizeGuideFor(category: string, sizes: readonly string[]): SizeChart | undefined {
  for (const chart of CHARTS[category] ?? []) {
    const rows = chart.rows.filter((row) => sizes.includes(row.size));
    if (rows.length > 0) return { measures: chart.measures, rows };
  }
  return undefined;
}
