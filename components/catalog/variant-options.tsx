import type { MouseEvent } from "react";
import { colourHex } from "@/lib/catalog/images";
import type { VariantChoices } from "@/lib/catalog/variants";
import { Link } from "@/lib/i18n/navigation";

export interface VariantTexts {
  options: string;
  colour: string;
  size: string;
  soldOutOnline: string;
  notOffered: string;
}

const skuHref = (productSlug: string, sku: string) => `/products/${productSlug}?sku=${encodeURIComponent(sku)}`;
const option = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm";
const checked = "border-ink bg-ink text-white";
const unchecked = "border-stone-400 bg-white";
const unavailable = "text-muted line-through decoration-1";

/**
 * Colour swatches and size buttons, two radio groups whose options are links to each SKU's page
 * (docs/product-page.md#variants), from the pure choices of lib/catalog/variants.ts. The product
 * page renders it on the server, where choosing is a plain link; the offline catalog shell
 * renders the same markup and passes `onChoose`, which keeps the choice on the page instead
 * (docs/offline.md).
 */
export function VariantOptions({
  productSlug,
  choices,
  selectedColour,
  texts,
  onChoose,
}: {
  productSlug: string;
  choices: VariantChoices;
  selectedColour: string | null;
  texts: VariantTexts;
  onChoose?: (sku: string) => void;
}) {
  if (choices.kind === "labels") {
    return (
      <div role="radiogroup" aria-labelledby="variant-options" className="flex flex-col gap-2">
        <p id="variant-options" className="text-sm font-medium">
          {texts.options}
        </p>
        <div className="flex flex-wrap gap-2">
          {choices.options.map((choice) => (
            <OptionLink key={choice.sku} productSlug={productSlug} choice={choice} label={choice.label} soldOut={texts.soldOutOnline} onChoose={onChoose} />
          ))}
        </div>
      </div>
    );
  }

  const { colours, sizes } = choices;
  return (
    <>
      {colours.length > 0 && (
        <div role="radiogroup" aria-labelledby="variant-colour" className="flex flex-col gap-1.5">
          <p id="variant-colour" className="text-sm">
            <span className="font-medium">{texts.colour}</span> <span className="text-muted">· {selectedColour}</span>
          </p>
          <div className="flex flex-wrap gap-2">
            {colours.map((choice) => (
              <OptionLink key={choice.colour} productSlug={productSlug} choice={choice} label={choice.label} soldOut={texts.soldOutOnline} onChoose={onChoose} swatch={colourHex(choice.colour)} />
            ))}
          </div>
        </div>
      )}
      {sizes.length > 1 && (
        <div role="radiogroup" aria-labelledby="variant-size" className="flex flex-col gap-1.5">
          <p id="variant-size" className="text-sm font-medium">
            {texts.size}
          </p>
          <div className="flex flex-wrap gap-2">
            {sizes.map((choice) =>
              choice.sku ? (
                <OptionLink key={choice.size} productSlug={productSlug} choice={{ ...choice, sku: choice.sku }} label={choice.label} soldOut={texts.soldOutOnline} onChoose={onChoose} />
              ) : (
                <span key={choice.size} role="radio" aria-checked={false} aria-disabled className={`${option} border-dashed border-stone-300 bg-stone-50 ${unavailable}`}>
                  {choice.label}
                  <span className="sr-only">, {texts.notOffered}</span>
                </span>
              ),
            )}
          </div>
        </div>
      )}
    </>
  );
}

/**
 * One option of either group: a radio that is a link to its SKU's page. A size or a free label
 * is a button-like chip, struck through when not sold online; a colour is a round swatch named
 * by its colour, crossed out when not sold online in the chosen size.
 */
function OptionLink({
  productSlug,
  choice,
  label,
  soldOut,
  swatch,
  onChoose,
}: {
  productSlug: string;
  choice: { sku: string; selected: boolean; available: boolean };
  label: string;
  /** Said after the name of an option not sold online. */
  soldOut: string;
  /** The colour to draw: a swatch instead of a chip. */
  swatch?: string;
  onChoose?: (sku: string) => void;
}) {
  const onClick =
    onChoose &&
    ((event: MouseEvent) => {
      event.preventDefault();
      onChoose(choice.sku);
    });
  return (
    <Link
      href={skuHref(productSlug, choice.sku)}
      replace
      scroll={false}
      onClick={onClick}
      role="radio"
      aria-checked={choice.selected}
      title={swatch ? label : undefined}
      className={
        swatch
          ? `relative inline-flex size-11 items-center justify-center overflow-hidden rounded-full border-2 ${choice.selected ? "border-ink" : "border-transparent"}`
          : `${option} ${choice.selected ? checked : unchecked} ${choice.available ? "" : unavailable}`
      }
    >
      {swatch ? (
        <>
          <span aria-hidden className="size-8 rounded-full border border-stone-400" style={{ backgroundColor: swatch }} />
          {!choice.available && <span aria-hidden className="absolute h-0.5 w-10 -rotate-45 bg-ink/70" />}
          <span className="sr-only">
            {label}
            {!choice.available && `, ${soldOut}`}
          </span>
        </>
      ) : (
        <>
          {label}
          {!choice.available && <span className="sr-only">, {soldOut}</span>}
        </>
      )}
    </Link>
  );
}
