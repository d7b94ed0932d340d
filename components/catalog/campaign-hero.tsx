import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignWords } from "./campaign-words";

/**
 * The home hero adapts to the campaign that brought the shopper (`?utm_source=`), so a link in
 * a newsletter or an ad lands on a page that continues its message.
 */
export async function CampaignHero({ firstCategory }: { firstCategory?: string }) {
  const t = await getTranslations("home");
  return (
    <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-orange-100 via-amber-50 to-stone-100 px-6 py-10 sm:px-10 sm:py-14">
      <CampaignWords texts={{ title: t("heroTitle"), text: t("heroText"), campaignTitle: t.raw("campaignTitle") as string, campaignText: t("campaignText") }} />
      {firstCategory && (
        <Link href={`/categories/${firstCategory}`} className="mt-6 inline-block rounded-md bg-ink px-5 py-3 font-semibold text-white">
          {t("heroCta")}
        </Link>
      )}
    </section>
  );
}
