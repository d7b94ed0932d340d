import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The home hero adapts to the campaign that brought the shopper (`?utm_source=`), so a link in
 * a newsletter or an ad lands on a page that continues its message.
 */
export async function CampaignHero({ source, firstCategory }: { source?: string; firstCategory?: string }) {
  const t = await getTranslations("home");
  return (
    <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-orange-100 via-amber-50 to-stone-100 px-6 py-10 sm:px-10 sm:py-14">
      <h1 className="max-w-xl text-3xl font-semibold tracking-tight sm:text-4xl">
        {source ? t("campaignTitle", { source }) : t("heroTitle")}
      </h1>
      <p className="mt-3 max-w-xl text-lg text-muted">{source ? t("campaignText") : t("heroText")}</p>
      {firstCategory && (
        <Link href={`/categories/${firstCategory}`} className="mt-6 inline-block rounded-md bg-ink px-5 py-3 font-semibold text-white">
          {t("heroCta")}
        </Link>
      )}
    </section>
  );
}
