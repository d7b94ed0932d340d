import type { Category, Product, ProductTranslation, Sku } from "./types";

/**
 * The catalog in the shopper's language from French and its translations
 * (docs/catalog-languages.md): whatever is not translated reads in French. Pure and free of
 * framework imports: the offline pages apply it to the mirror, which keeps every language.
 */

/**
 * A SKU's label in another language. Labels built from the colour and size ("Bordeaux · S",
 * "Bordeaux" for one size) are rebuilt from their labels; a free label (an import's) stays.
 */
export function localizedSkuLabel(sku: Pick<Sku, "label" | "colour" | "size">, colourLabel: string | null, sizeLabel: string | null): string {
  const { label, colour, size } = sku;
  if (colour !== null && size !== null && label === `${colour} · ${size}`) return `${colourLabel} · ${sizeLabel}`;
  if (colour !== null && label === colour) return colourLabel ?? label;
  if (size !== null && label === size) return sizeLabel ?? label;
  return label;
}

/** A SKU with its colour and size labels from a glossary (French value → label), the value when missing. */
export function localizeSku<S extends Sku>(sku: S, colours: Readonly<Record<string, string>>, sizes: Readonly<Record<string, string>>): S {
  const colourLabel = sku.colour === null ? null : (colours[sku.colour] ?? sku.colour);
  const sizeLabel = sku.size === null ? null : (sizes[sku.size] ?? sku.size);
  return { ...sku, colourLabel, sizeLabel, label: localizedSkuLabel(sku, colourLabel, sizeLabel) };
}

/** A product in `locale`, from its French text and translations (as the feed and the mirror carry them). */
export function localizeProduct<P extends Product>(product: P, translations: Readonly<Record<string, ProductTranslation>> | undefined, locale: string): P {
  const translation = translations?.[locale];
  const colours = translation?.colours ?? {};
  const sizes = translation?.sizes ?? {};
  return {
    ...product,
    name: translation?.name ?? product.name,
    description: translation?.description ?? product.description,
    skus: product.skus.map((sku) => localizeSku(sku, colours, sizes)),
  };
}

export function localizeCategory<C extends Category>(category: C, translations: Readonly<Record<string, { name: string }>> | undefined, locale: string): C {
  const name = translations?.[locale]?.name;
  return name === undefined ? category : { ...category, name };
}
