import { demoGtin } from "../../catalog/gtin";
import { createRandom, type Random } from "./random";
import { createStockPlanner, type SkuStock } from "./stock";
import { STORES, type StoreSeed } from "./stores";
import { CATEGORIES, COLOURS_EN, MATERIALS, NAMES_EN, ONE_SIZE, sizeEn, STYLES_EN, type CategoryVocabulary, type MaterialName, type ProductType } from "./vocabulary";

/**
 * Deterministic demo catalog. Products are generated one after another from a single seeded
 * stream, so a bigger catalog (benchmarks) starts with exactly the demo's products.
 */

export const DEMO_PRODUCT_COUNT = 300;
export const DEMO_SEED = 1789;
/** Fixed "now" for creation dates, so the same seed gives the same catalog any day. */
const CATALOG_EPOCH = Date.UTC(2026, 9, 1);
const MAX_PRICE_EUROS = 245;

export interface CategorySeed {
  slug: string;
  name: string;
  position: number;
  /** The name in English (category_translations). */
  nameEn: string;
}

/** A product's text in English (product_translations). */
export interface ProductText {
  name: string;
  description: string;
}

/** A glossary entry in English (catalog_terms): a colour or size value and its label. */
export interface TermSeed {
  kind: "colour" | "size";
  value: string;
  label: string;
}

export interface SkuSeed {
  sku: string;
  label: string;
  size: string;
  colour: string;
  priceCents: number;
  position: number;
  /** EAN-13, numbered in generation order (lib/catalog/gtin.ts). */
  gtin: string;
  stock: SkuStock;
}

export interface ProductSeed {
  slug: string;
  name: string;
  description: string;
  categorySlug: string;
  brand: string;
  images: string[];
  /** The lowest SKU price. */
  priceCents: number;
  createdAt: Date;
  skus: SkuSeed[];
  en: ProductText;
}

export interface Catalog {
  categories: CategorySeed[];
  products: ProductSeed[];
  /** English labels of the colours and sizes the products use, where English differs. */
  termsEn: TermSeed[];
}

export interface CatalogOptions {
  products?: number;
  seed?: number;
  stores?: readonly StoreSeed[];
}

/** URL-safe ascii: "Écharpe à franges" → "echarpe-a-franges". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Taille unique" → TU, "4 ans" → 4A, "140 × 200 cm" → 140X200, "M" → M. */
function sizeCode(size: string): string {
  if (size === ONE_SIZE) return "TU";
  return size.replace(/ ans$/, "A").replace(/ cm$/, "").replace(/ × /g, "X").toUpperCase();
}

/** Shop prices: round euros ending in 9,90 / 4,90 or ,00. */
function shopPrice(random: Random, euros: number): number {
  const rounded = Math.max(10, Math.round(euros / 5) * 5);
  return rounded * 100 - (random.chance(0.7) ? 10 : 0);
}

function contiguous<T>(random: Random, items: readonly T[], count: number): T[] {
  const start = random.int(0, items.length - count);
  return items.slice(start, start + count);
}

/** How many colours and sizes a product comes in (at most 6 SKUs). */
function chooseVariants(random: Random, type: ProductType, palette: readonly string[]) {
  const pickColours = (count: number) => random.shuffle(palette).slice(0, count);
  if (type.sizes.length === 1) return { colours: pickColours(random.pick([1, 1, 2, 3, 4])), sizes: [...type.sizes] };
  const roll = random.next();
  const [colourCount, sizeCount] =
    roll < 0.1 ? [1, 1] : roll < 0.55 ? [1, random.int(3, Math.min(6, type.sizes.length))] : roll < 0.85 ? [2, random.int(2, 3)] : [3, 2];
  return { colours: pickColours(colourCount), sizes: contiguous(random, type.sizes, sizeCount) };
}

/** Extra cents for bigger sizes: bed linen by dimension, some garments from XL / 44. */
function sizeSurcharges(random: Random, type: ProductType, sizes: string[]): number[] {
  if (type.sizeStepCents) return sizes.map((size) => type.sizes.indexOf(size) * type.sizeStepCents!);
  const surcharged = random.chance(0.25);
  return sizes.map((size) => (surcharged && ["XL", "XXL", "44", "46", "12 ans"].includes(size) ? 500 : 0));
}

/** The description in French and, from the same picks, in English. */
function describe(random: Random, vocabulary: CategoryVocabulary, brand: string, material: MaterialName): { fr: string; en: string } {
  const opener = vocabulary.openers.indexOf(random.pick(vocabulary.openers));
  const french = [vocabulary.openers[opener]!.replace("{brand}", brand), MATERIALS[material].sentence];
  const english = [vocabulary.openersEn[opener]!.replace("{brand}", brand), MATERIALS[material].sentenceEn];
  if (random.chance(0.75)) {
    const closer = vocabulary.closers.indexOf(random.pick(vocabulary.closers));
    french.push(vocabulary.closers[closer]!);
    english.push(vocabulary.closersEn[closer]!);
  }
  return { fr: french.join(" "), en: english.join(" ") };
}

/** "Wrap dress in linen": the English of a French name's noun, style and material. */
function englishName(type: ProductType, style: string, material: MaterialName): string {
  const adjective = STYLES_EN[style];
  if (adjective === undefined) throw new Error(`no English for the style "${style}"`);
  const named = NAMES_EN[`${type.noun} ${style}`] ?? `${adjective} ${type.nounEn}`;
  const name = `${named} in ${MATERIALS[material].en}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * "Robe portefeuille en lin". A few tries at a name not used yet: the demo reads better without
 * twins; at benchmark scale twins are unavoidable and get a numbered slug.
 */
function nameProduct(random: Random, vocabulary: CategoryVocabulary, taken: ReadonlySet<string>) {
  for (let attempt = 1; ; attempt++) {
    const type = random.pick(vocabulary.types);
    const material: MaterialName = random.pick(type.materials);
    const style = random.pick(type.styles);
    const name = `${type.noun} ${style} en ${material}`;
    if (!taken.has(name) || attempt === 12) return { type, material, name, nameEn: englishName(type, style, material) };
  }
}

export function generateCatalog(options: CatalogOptions = {}): Catalog {
  const count = options.products ?? DEMO_PRODUCT_COUNT;
  const random = createRandom(options.seed ?? DEMO_SEED);
  const nextStock = createStockPlanner(random, options.stores ?? STORES);
  const namesTaken = new Set<string>();
  const slugCounts = new Map<string, number>();
  const products: ProductSeed[] = [];
  let skuCount = 0;

  for (let index = 0; index < count; index++) {
    const vocabulary = CATEGORIES[index % CATEGORIES.length]!;
    const { type, material, name, nameEn } = nameProduct(random, vocabulary, namesTaken);
    namesTaken.add(name);
    const baseSlug = slugify(name);
    const twins = (slugCounts.get(baseSlug) ?? 0) + 1;
    slugCounts.set(baseSlug, twins);
    const slug = twins === 1 ? baseSlug : `${baseSlug}-${twins}`;

    const brand = random.pick(vocabulary.brands);
    const [low, high] = type.euros;
    const euros = Math.min(MAX_PRICE_EUROS, random.int(low, high) * MATERIALS[material].premium);
    const basePrice = shopPrice(random, euros);
    const { colours, sizes } = chooseVariants(random, type, vocabulary.colours);
    const surcharges = sizeSurcharges(random, type, sizes);
    const number = String(index + 1).padStart(6, "0");

    const skus: SkuSeed[] = colours.flatMap((colour, colourIndex) =>
      sizes.map((size, sizeIndex) => ({
        sku: `VIT-${number}-${sizeCode(size)}-${slugify(colour).toUpperCase()}`,
        label: size === ONE_SIZE ? colour : `${colour} · ${size}`,
        size,
        colour,
        priceCents: basePrice + surcharges[sizeIndex]!,
        position: colourIndex * sizes.length + sizeIndex,
        gtin: demoGtin(++skuCount),
        stock: nextStock(),
      })),
    );
    // One picture per colour when there are several (the page shows the chosen colour's), else one to three views.
    const imageCount = colours.length > 1 ? colours.length : random.int(1, 3);

    const text = describe(random, vocabulary, brand, material);
    products.push({
      slug,
      name,
      description: text.fr,
      categorySlug: vocabulary.slug,
      brand,
      images: Array.from({ length: imageCount }, (_, i) => `${slug}-${i + 1}`),
      priceCents: Math.min(...skus.map((s) => s.priceCents)),
      createdAt: new Date(CATALOG_EPOCH - Math.floor(random.next() * 365 * 24 * 60) * 60_000),
      skus,
      en: { name: nameEn, description: text.en },
    });
  }

  const colours = new Set(products.flatMap((product) => product.skus.map((sku) => sku.colour)));
  const sizes = new Set(products.flatMap((product) => product.skus.map((sku) => sku.size)));
  const termsEn: TermSeed[] = [
    ...[...colours].map((value) => ({ kind: "colour" as const, value, label: COLOURS_EN[value as keyof typeof COLOURS_EN] })),
    ...[...sizes].map((value) => ({ kind: "size" as const, value, label: sizeEn(value) })),
  ].filter((term) => term.label !== term.value);
  return {
    categories: CATEGORIES.map(({ slug, name, nameEn }, position) => ({ slug, name, position, nameEn })),
    products,
    termsEn,
  };
}
