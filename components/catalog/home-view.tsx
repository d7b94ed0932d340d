import { getTranslations } from "next-intl/server";
import { CampaignLanding } from "@/components/campaigns/campaign-landing";
import { CampaignHero } from "@/components/catalog/campaign-hero";
import { ProductCard, ProductGrid } from "@/components/catalog/product-card";
import { RecentlyViewedRail } from "@/components/history/recently-viewed-rail";
import { MessageCenter } from "@/components/notifications/message-center";
import { listCategoriesCached, newestProductsCached } from "@/lib/catalog/cached";
import type { Locale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";

/**
 * The home page's body. `personal` is the signed-in shopper's "continue where you left off":
 * the cached page has none (app/[locale]/page.tsx), the signed-in one streams it
 * (app/[locale]/welcome-back/page.tsx, where proxy.ts sends requests with a session cookie).
 */
export async function HomeView({ locale, personal }: { locale: Locale; personal?: React.ReactNode }) {
  const [categories, newest, t, account, campaign, notifications] = await Promise.all([
    listCategoriesCached(locale),
    newestProductsCached(locale),
    getTranslations("home"),
    getTranslations("account"),
    getTranslations("campaign"),
    getTranslations("notifications"),
  ]);
  return (
    <div className="flex flex-col gap-12">
      {/* A known campaign's landing replaces the default hero in the browser (the page itself stays the same for everyone). */}
      <CampaignLanding locale={locale} texts={{ promo: campaign.raw("promo"), seeCategory: campaign.raw("seeCategory"), featured: campaign("featured") }}>
        <CampaignHero firstCategory={categories[0]?.slug} />
      </CampaignLanding>
      {personal}
      <MessageCenter
        locale={locale}
        texts={{ heading: notifications("messagesHeading"), empty: notifications("messagesEmpty"), markRead: notifications("markRead"), unread: notifications("unread"), asOf: notifications.raw("asOf") }}
      />
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
