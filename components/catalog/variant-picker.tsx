import { getLocale, getTranslations } from "next-intl/server";
import { VariantOptions } from "@/components/catalog/variant-options";
import { sizeGuideFor, type Centimetres } from "@/lib/catalog/size-guide";
import type { Product, Sku } from "@/lib/catalog/types";
import { variantChoices } from "@/lib/catalog/variants";

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

  const texts = { options: t("options"), colour: t("colour"), size: t("size"), soldOutOnline: t("soldOutOnline"), notOffered: t("notOffered") };
  const options = <VariantOptions productSlug={product.slug} choices={choices} selectedColour={selected.colourLabel ?? selected.colour} texts={texts} />;
  if (choices.kind === "labels") return options;

  const { sizes } = choices;
  const guide = sizes.length > 1 ? sizeGuideFor(product.category, sizes.map((size) => size.size)) : undefined;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const centimetres = (value: Centimetres) => (typeof value === "number" ? number.format(value) : value.map((v) => number.format(v)).join("–"));
  return (
    <div className="flex flex-col gap-3">
      {options}
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
