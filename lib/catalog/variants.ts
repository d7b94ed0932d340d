import type { Product, Sku } from "./types";

/**
 * The product page's two choices, colour and size (docs/product-page.md#variants): each option
 * names the SKU it leads to, so choosing is a link to that SKU's cached page. A combination that
 * exists but cannot be bought online is marked, one that does not exist is shown and disabled:
 * nothing the shopper might look for disappears. Pure, for the page and for tests.
 */

export interface ColourOption {
  colour: string;
  /** How the colour reads in the page's language (docs/catalog-languages.md). */
  label: string;
  /** The SKU this swatch leads to: the chosen size in that colour when it exists. */
  sku: string;
  selected: boolean;
  /** The colour in the chosen size exists and can be bought online. */
  available: boolean;
}

export interface SizeOption {
  size: string;
  /** How the size reads in the page's language. */
  label: string;
  /** The SKU in the chosen colour and this size; null when that combination does not exist. */
  sku: string | null;
  selected: boolean;
  available: boolean;
}

export type VariantChoices =
  | { kind: "colourAndSize"; colours: ColourOption[]; sizes: SizeOption[] }
  /** SKUs that colour and size do not tell apart (an admin's free labels): one list of labels. */
  | { kind: "labels"; options: { label: string; sku: string; selected: boolean; available: boolean }[] };

const distinct = <T>(values: readonly T[]) => [...new Set(values)];
const buyable = (sku: Sku | undefined) => (sku?.onlineStock ?? 0) > 0;

export function variantChoices(skus: readonly Sku[], selected: Sku): VariantChoices {
  const pairs = new Set(skus.map((sku) => `${sku.colour ?? ""}\u0000${sku.size ?? ""}`));
  if (pairs.size < skus.length) {
    return { kind: "labels", options: skus.map((sku) => ({ label: sku.label, sku: sku.sku, selected: sku.sku === selected.sku, available: buyable(sku) })) };
  }
  const colours = distinct(skus.flatMap((sku) => (sku.colour ? [sku.colour] : [])));
  const sizes = distinct(skus.flatMap((sku) => (sku.size ? [sku.size] : [])));
  const find = (colour: string | null, size: string | null) => skus.find((sku) => sku.colour === colour && sku.size === size);
  const colourLabel = (colour: string) => skus.find((sku) => sku.colour === colour)?.colourLabel ?? colour;
  const sizeLabel = (size: string) => skus.find((sku) => sku.size === size)?.sizeLabel ?? size;
  return {
    kind: "colourAndSize",
    colours: colours.map((colour) => {
      const sameSize = find(colour, selected.size);
      const inColour = skus.filter((sku) => sku.colour === colour);
      const target = sameSize ?? inColour.find(buyable) ?? inColour[0]!;
      return { colour, label: colourLabel(colour), sku: target.sku, selected: colour === selected.colour, available: buyable(sameSize) };
    }),
    sizes: sizes.map((size) => {
      const sku = find(selected.colour, size);
      return { size, label: sizeLabel(size), sku: sku?.sku ?? null, selected: size === selected.size, available: buyable(sku) };
    }),
  };
}

/**
 * The gallery for a colour: its own picture first. Image n of a product in several colours shows
 * its n-th colour (lib/catalog/images.ts, imageComposition), so the chosen colour's picture is
 * the one at that colour's position; the others follow in their order.
 */
export function imagesForColour(product: Pick<Product, "images" | "skus">, colour: string | null): string[] {
  const colours = distinct(product.skus.flatMap((sku) => (sku.colour ? [sku.colour] : [])));
  const position = colour ? colours.indexOf(colour) : -1;
  if (colours.length < 2 || position < 0 || position >= product.images.length) return product.images;
  return [product.images[position]!, ...product.images.filter((_, index) => index !== position)];
}
