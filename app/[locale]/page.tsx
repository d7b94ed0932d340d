import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ContinueSection } from "@/components/account/continue-section";
import { CampaignHero } from "@/components/catalog/campaign-hero";
import { ProductCard, ProductGrid } from "@/components/catalog/product-card";
import { RecentlyViewedRail } from "@/components/history/recently-viewed-rail";
import { listCategoriesCached, listProductsCached } from "@/lib/catalog/cached";
import { campaignSource } from "@/lib/catalog/campaign";

type Props = { searchParams: Promise<{ utm_source?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  const [{ utm_source }, categories, newest, t, account, locale] = await Promise.all([
    searchParams,
    listCategoriesCached(),
    listProductsCached({ sort: "newest", page: 1, limit: 8 }),
    getTranslations("home"),
    getTranslations("account"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-12">
      <CampaignHero source={campaignSource(utm_source)} firstCategory={categories[0]?.slug} />
      {/* Personal, so streamed: the rest of the home page does not wait for it. */}
      <Suspense fallback={null}>
        <ContinueSection />
      </Suspense>
      <RecentlyViewedRail heading={account("recentlyViewed")} locale={locale} />
      <section aria-labelledby="departments">
        <h2 id="departments" className="mb-4 text-xl font-semibold">
          {t("categoriesTitle")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={`/categories/${category.slug}`}
                className="flex min-h-16 items-center justify-center rounded-lg border border-line bg-white px-3 text-center font-medium hover:border-ink"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-in">
        <h2 id="new-in" className="mb-4 text-xl font-semibold">
          {t("newTitle")}
        </h2>
        <ProductGrid>
          {newest.items.map((product) => (
            <ProductCard key={product.slug} product={product} />
          ))}
        </ProductGrid>
      </section>
    </div>
  );
}
