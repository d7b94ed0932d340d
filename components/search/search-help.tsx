import { getTranslations } from "next-intl/server";
import type { Category } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";

/** What an empty search or one with no result offers: other words to try and the categories. */
export async function SearchHelp({ intro, categories, instead = [] }: { intro: string; categories: Category[]; instead?: { q: string; total: number }[] }) {
  const t = await getTranslations("searchHelp");
  const chip = "inline-flex min-h-11 items-center rounded-full border border-ink bg-white px-4 text-sm underline-offset-4 hover:underline";
  return (
    <div className="mt-4 flex flex-col gap-6">
      <p className="text-muted">{intro}</p>
      {instead.length > 0 && (
        <section aria-labelledby="search-instead">
          <h2 id="search-instead" className="mb-2 font-semibold">
            {t("tryInstead")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {instead.map((entry) => (
              <li key={entry.q}>
                <Link href={`/search?q=${encodeURIComponent(entry.q)}`} className={chip}>
                  {t("resultsCount", { count: entry.total, q: entry.q })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="search-categories">
        <h2 id="search-categories" className="mb-2 font-semibold">
          {t("popular")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {categories
            .filter((category) => !category.parent)
            .map((category) => (
              <li key={category.slug}>
                <Link href={`/categories/${category.slug}`} className={chip}>
                  {category.name}
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
