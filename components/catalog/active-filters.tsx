import { getLocale, getTranslations } from "next-intl/server";
import type { ProductQuery, SizeChoice } from "@/lib/catalog/types";
import { formatPrice } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

/**
 * The filters in effect, each a chip that removes it (a plain link: works without JavaScript),
 * and a notice when the minimum price asked was above the maximum (the listing then ignores
 * the range and offers the swapped one).
 */
export async function ActiveFilters({
  basePath,
  query,
  sizes = [],
  hidden = {},
  invertedPrice,
}: {
  basePath: string;
  query: ProductQuery;
  /** Labels of the sizes in the page's language; a size not among them shows as asked. */
  sizes?: SizeChoice[];
  hidden?: Record<string, string>;
  invertedPrice?: { minCents: number; maxCents: number };
}) {
  const [t, locale] = await Promise.all([getTranslations("filters"), getLocale()]);
  const price = (cents: number) => formatPrice(cents, locale);
  const sizeLabel = (value: string) => sizes.find((size) => size.value === value)?.label ?? value;
  const href = (change: (params: URLSearchParams) => void) => {
    const params = new URLSearchParams(hidden);
    if (query.sort) params.set("sort", query.sort);
    for (const size of query.sizes ?? []) params.append("size", size);
    if (query.minCents !== undefined) params.set("min", String(query.minCents / 100));
    if (query.maxCents !== undefined) params.set("max", String(query.maxCents / 100));
    change(params);
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  const chips: { key: string; label: string; remove: string; href: string }[] = [
    ...(query.sizes ?? []).map((size) => ({
      key: `size-${size}`,
      label: t("size", { size: sizeLabel(size) }),
      remove: t("removeSize", { size: sizeLabel(size) }),
      href: href((params) => {
        const rest = params.getAll("size").filter((other) => other !== size);
        params.delete("size");
        for (const other of rest) params.append("size", other);
      }),
    })),
    ...(query.minCents !== undefined
      ? [{ key: "min", label: t("min", { price: price(query.minCents) }), remove: t("removeMin", { price: price(query.minCents) }), href: href((params) => params.delete("min")) }]
      : []),
    ...(query.maxCents !== undefined
      ? [{ key: "max", label: t("max", { price: price(query.maxCents) }), remove: t("removeMax", { price: price(query.maxCents) }), href: href((params) => params.delete("max")) }]
      : []),
  ];
  const chipClass = "inline-flex min-h-11 items-center gap-2 rounded-full border border-ink bg-white px-4 text-sm";
  return (
    <>
      {invertedPrice && (
        <div role="status" className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-4 text-sm">
          <p>{t("invertedPrice", { min: price(invertedPrice.minCents), max: price(invertedPrice.maxCents) })}</p>
          <Link
            className="mt-2 inline-block font-medium underline underline-offset-4"
            href={href((params) => {
              params.set("min", String(invertedPrice.maxCents / 100));
              params.set("max", String(invertedPrice.minCents / 100));
            })}
          >
            {t("swapPrices", { min: price(invertedPrice.maxCents), max: price(invertedPrice.minCents) })}
          </Link>
        </div>
      )}
      {chips.length > 0 && (
        <section aria-labelledby="active-filters" className="mb-4 flex flex-wrap items-center gap-2">
          <h2 id="active-filters" className="mr-1 text-sm font-medium">
            {t("active")}
          </h2>
          <ul className="contents">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link href={chip.href} className={chipClass} aria-label={chip.remove}>
                  {chip.label}
                  <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
          {chips.length > 1 && (
            <Link
              href={href((params) => {
                params.delete("size");
                params.delete("min");
                params.delete("max");
              })}
              className="ml-1 text-sm underline underline-offset-4"
            >
              {t("clearAll")}
            </Link>
          )}
        </section>
      )}
    </>
  );
}
