import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require";
import { listCampaigns } from "@/lib/campaigns/campaigns";
import { listCategoriesCached } from "@/lib/catalog/cached";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { createCampaignAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("campaignsTitle") };
}

type Props = { searchParams: Promise<{ result?: string | string[]; field?: string | string[] }> };
const RESULTS = ["created", "invalid", "slug_taken", "unknown_category", "unknown_products"] as const;
const FIELDS = ["slug", "match", "title", "text", "imageUrl", "category", "products", "promoCode", "startsAt", "endsAt"] as const;
const input = "rounded-md border border-stone-400 px-3 py-2 font-normal";

/** Campaign landings: the running and planned ones, and a form for a new one. */
export default async function CampaignsPage({ searchParams }: Props) {
  await requireStaff("/admin/campaigns");
  const [{ result, field }, t, locale, campaigns, categories] = await Promise.all([searchParams, getTranslations("admin"), getLocale(), listCampaigns(await getDb()), listCategoriesCached(DEFAULT_LOCALE)]);
  const shown = RESULTS.find((known) => known === result);
  const badField = FIELDS.find((known) => known === field);
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "medium", timeZone: "Europe/Paris" });
  const when = (from: Date | null, to: Date | null) => `${from ? date.format(from) : "…"} → ${to ? date.format(to) : "…"}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("campaignsTitle")}</h1>
      {shown && (
        <p role="status" className="rounded-md bg-stone-100 p-3 font-medium">
          {t(`campaignsResult.${shown}`)}
          {badField ? ` (${t(`campaignField.${badField}`)})` : ""}
        </p>
      )}
      <section aria-labelledby="campaign-list" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption id="campaign-list" className="p-3 text-left text-lg font-semibold">
            {t("campaignsList")}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-3">{t("campaignField.title")}</th>
              <th scope="col" className="p-3">{t("campaignField.match")}</th>
              <th scope="col" className="p-3">{t("campaignDates")}</th>
              <th scope="col" className="p-3">{t("campaignField.promoCode")}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.slug} className="border-b border-line last:border-0">
                <td className="p-3">
                  <span className="font-medium">{campaign.title}</span>
                  <span className="block font-mono text-xs text-muted">{campaign.slug}</span>
                </td>
                <td className="p-3 font-mono text-xs">
                  {campaign.matchSource && <span className="block">utm_source={campaign.matchSource}</span>}
                  {campaign.matchCampaign && <span className="block">utm_campaign={campaign.matchCampaign}</span>}
                </td>
                <td className="p-3">{when(campaign.startsAt, campaign.endsAt)}</td>
                <td className="p-3 font-mono">{campaign.promoCode ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form action={createCampaignAction} className="grid gap-3 rounded-lg border border-line bg-white p-4 md:grid-cols-2">
        <h2 className="text-lg font-semibold md:col-span-2">{t("campaignsNew")}</h2>
        <p className="text-sm text-muted md:col-span-2">{t("campaignsHelp")}</p>
        <Field label={t("campaignField.slug")} name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={60} />
        <Field label={t("campaignField.promoCode")} name="promoCode" maxLength={20} />
        <Field label={t("campaignField.source")} name="source" maxLength={40} />
        <Field label={t("campaignField.campaign")} name="campaign" maxLength={40} />
        <Field label={t("campaignField.title")} name="title" required maxLength={120} wide />
        <label className="flex flex-col gap-1 font-medium md:col-span-2">
          {t("campaignField.text")}
          <textarea name="text" required maxLength={500} rows={3} className={input} />
        </label>
        <Field label={t("campaignField.imageUrl")} name="imageUrl" maxLength={500} wide />
        <label className="flex flex-col gap-1 font-medium">
          {t("campaignField.category")}
          <select name="category" className={input}>
            <option value="">—</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <Field label={t("campaignField.products")} name="products" maxLength={1000} />
        <Field label={t("campaignField.startsAt")} name="startsAt" type="date" />
        <Field label={t("campaignField.endsAt")} name="endsAt" type="date" />
        <button type="submit" className="justify-self-start rounded-md bg-ink px-5 py-2.5 font-semibold text-white md:col-span-2">
          {t("campaignsCreate")}
        </button>
      </form>
    </div>
  );
}

function Field({ label, wide = false, ...props }: { label: string; wide?: boolean } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className={`flex flex-col gap-1 font-medium ${wide ? "md:col-span-2" : ""}`}>
      {label}
      <input className={input} {...props} />
    </label>
  );
}
