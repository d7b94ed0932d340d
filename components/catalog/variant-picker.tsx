import { getLocale, getTranslations } from "next-intl/server";
import { colourHex } from "@/lib/catalog/images";
import { sizeGuideFor, type Centimetres } from "@/lib/catalog/size-guide";
import type { Product, Sku } from "@/lib/catalog/types";
import { variantChoices } from "@/lib/catalog/variants";
import { Link } from "@/lib/i18n/navigation";

const skuHref = (productSlug: string, sku: string) => `/products/${productSlug}?sku=${encodeURIComponent(sku)}`;
const option = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm";
const checked = "border-ink bg-ink text-white";
const unchecked = "border-stone-400 bg-white";
const unavailable = "text-muted line-through decoration-1";

/**
 * Colour swatches and size buttons, two radio groups whose options are links to each SKU's cached
 * page (docs/product-page.md#variants): choosing needs no JavaScript, and the page that comes
 * back shows that colour's picture. Combinations not sold online are struck through, ones that
 * do not exist are shown disabled. A size guide for the category sits with the sizes.
 */
export async function VariantPicker({ product, selected }: { product: Product; selected: Sku }) {
  if (product.skus.length <= 1 && !selected.colour) return null;
  const [t, locale] = await Promise.all([getTranslations("variants"), getLocale()]);
  const choices = variantChoices(product.skus, selected);

  if (choices.kind === "labels") {
    return (
      <div role="radiogroup" aria-labelledby="variant-options" className="flex flex-col gap-2">
        <p id="variant-options" className="text-sm font-medium">
          {t("options")}
        </p>
        <div className="flex flex-wrap gap-2">
          {choices.options.map((choice) => (
            <Link
              key={choice.sku}
              href={skuHref(product.slug, choice.sku)}
              replace
              scroll={false}
              role="radio"
              aria-checked={choice.selected}
              className={`${option} ${choice.selected ? checked : unchecked} ${choice.available ? "" : unavailable}`}
            >
              {choice.label}
              {!choice.available && <span className="sr-only">, {t("soldOutOnline")}</span>}
            </Link>
          ))}
        </div>
      </div>
    );
  }

  const { colours, sizes } = choices;
  const guide = sizes.length > 1 ? sizeGuideFor(product.category, sizes.map((size) => size.size)) : undefined;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const centimetres = (value: Centimetres) => (typeof value === "number" ? number.format(value) : value.map((v) => number.format(v)).join("–"));
  return (
    <div className="flex flex-col gap-3">
      {colours.length > 0 && (
        <div role="radiogroup" aria-labelledby="variant-colour" className="flex flex-col gap-1.5">
          <p id="variant-colour" className="text-sm">
            <span className="font-medium">{t("colour")}</span> <span className="text-muted">· {selected.colourLabel ?? selected.colour}</span>
          </p>
          <div className="flex flex-wrap gap-2">
            {colours.map((choice) => (
              <Link
                key={choice.colour}
                href={skuHref(product.slug, choice.sku)}
                replace
                scroll={false}
                role="radio"
                aria-checked={choice.selected}
                title={choice.label}
                className={`relative inline-flex size-11 items-center justify-center overflow-hidden rounded-full border-2 ${choice.selected ? "border-ink" : "border-transparent"}`}
              >
                <span aria-hidden className="size-8 rounded-full border border-stone-400" style={{ backgroundColor: colourHex(choice.colour) }} />
                {!choice.available && <span aria-hidden className="absolute h-0.5 w-10 -rotate-45 bg-ink/70" />}
                <span className="sr-only">
                  {choice.label}
                  {!choice.available && `, ${t("soldOutOnline")}`}
                </span>
              </Link>
            ))}
          </div>
        </div>
      )}
      {sizes.length > 1 && (
        <div role="radiogroup" aria-labelledby="variant-size" className="flex flex-col gap-1.5">
          <p id="variant-size" className="text-sm font-medium">
            {t("size")}
          </p>
          <div className="flex flex-wrap gap-2">
            {sizes.map((choice) =>
              choice.sku ? (
                <Link
                  key={choice.size}
                  href={skuHref(product.slug, choice.sku)}
                  replace
                  scroll={false}
                  role="radio"
                  aria-checked={choice.selected}
                  className={`${option} ${choice.selected ? checked : unchecked} ${choice.available ? "" : unavailable}`}
                >
                  {choice.label}
                  {!choice.available && <span className="sr-only">, {t("soldOutOnline")}</span>}
                </Link>
              ) : (
                <span key={choice.size} role="radio" aria-checked={false} aria-disabled className={`${option} border-dashed border-stone-300 bg-stone-50 ${unavailable}`}>
                  {choice.label}
                  <span className="sr-only">, {t("notOffered")}</span>
                </span>
              ),
            )}
          </div>
        </div>
      )}
      {guide && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium underline underline-offset-4">{t("sizeGuide")}</summary>
          <p className="mt-2 text-muted">{t("sizeGuideIntro")}</p>
          <table className="mt-2 w-full border-collapse text-left tabular-nums">
            <caption className="sr-only">{t("sizeGuideCaption")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("size")}
                </th>
                {guide.measures.map((measure) => (
                  <th key={measure} scope="col" className="py-1 pr-3 font-medium">
                    {t(`measures.${measure}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {guide.rows.map((row) => (
                <tr key={row.size} className={`border-b border-line ${row.size === selected.size ? "font-semibold" : ""}`}>
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {sizes.find((size) => size.size === row.size)?.label ?? row.size}
                  </th>
                  {row.values.map((value, index) => (
                    <td key={index} className="py-1 pr-3">
                      {centimetres(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
