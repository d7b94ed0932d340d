import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

/**
 * The default home hero. A shopper who arrived with a known campaign sees its landing instead
 * (components/campaigns/campaign-landing.tsx, docs/back-office.md); raw utm text is never shown.
 */
export async function CampaignHero({ firstCategory }: { firstCategory?: string }) {
  const t = await getTranslations("home");
  return (
    <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-orange-100 via-amber-50 to-stone-100 px-6 py-10 sm:px-10 sm:py-14">
      <h1 className="max-w-xl text-3xl font-semibold tracking-tight sm:text-4xl">
        {t("heroTitle")}
      </h1>
      <p className="mt-3 max-w-xl text-lg text-muted">{t("heroText")}</p>
      {firstCategory && (
        <Link href={`/categories/${firstCategory}`} className="mt-6 inline-block rounded-md bg-ink px-5 py-3 font-semibold text-white">
          {t("heroCta")}
        </Link>
      )}
    </section>
  );
}
