import { getLocale, getTranslations } from "next-intl/server";
import type { ProductQuery, SizeChoice, Sort } from "@/lib/catalog/types";
import { localizedPath } from "@/lib/i18n/paths";

const SORT_LABELS: Record<Sort, string> = {
  relevance: "sortRelevance",
  newest: "sortNewest",
  "price-asc": "sortPriceAsc",
  "price-desc": "sortPriceDesc",
  name: "sortName",
};

/** A GET form: filters are shareable URLs and work before (or without) any JavaScript. */
export async function ListingFilters({
  action,
  query,
  sizes,
  sorts,
  hidden = {},
}: {
  action: string;
  query: ProductQuery;
  /** The category's sizes, labelled in the page's language. */
  sizes: SizeChoice[];
  sorts: Sort[];
  hidden?: Record<string, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  // A plain form and link (no client router): the path in this page's language.
  const target = localizedPath(action, locale);
  const inputClass = "w-full rounded-md border border-stone-400 px-3 py-2";
  return (
    <form action={target} className="flex flex-col gap-5 text-sm" aria-label={t("filters")}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="sort" className="mb-1 block font-medium">
          {t("sort")}
        </label>
        <select id="sort" name="sort" defaultValue={query.sort ?? sorts[0]} className={inputClass}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABELS[sort])}
            </option>
          ))}
        </select>
      </div>
      {sizes.length > 0 && (
        <fieldset>
          <legend className="mb-1 font-medium">{t("size")}</legend>
          <div className="flex flex-wrap gap-2">
            {sizes.map((size) => (
              <label key={size.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-3 has-checked:border-ink">
                <input type="checkbox" name="size" value={size.value} defaultChecked={query.sizes?.includes(size.value)} />
                {size.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 font-medium">{t("price")}</legend>
        <div>
          <label htmlFor="min" className="block text-muted">
            {t("minPrice")}
          </label>
          <input id="min" name="min" type="number" inputMode="numeric" min={0} step={1} defaultValue={query.minCents !== undefined ? query.minCents / 100 : undefined} className={inputClass} />
        </div>
        <div>
          <label htmlFor="max" className="block text-muted">
            {t("maxPrice")}
          </label>
          <input id="max" name="max" type="number" inputMode="numeric" min={0} step={1} defaultValue={query.maxCents !== undefined ? query.maxCents / 100 : undefined} className={inputClass} />
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded-md bg-ink px-4 py-2 font-medium text-white">
          {t("apply")}
        </button>
        <a href={`${target}${hidden.q ? `?q=${encodeURIComponent(hidden.q)}` : ""}`} className="underline underline-offset-4">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
