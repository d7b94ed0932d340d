import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/i18n/datetime";
import { ASK_AGAIN_AFTER_DAYS, listFeedback } from "@/lib/prompts/feedback";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminFeedback"))("title") };
}

/** What shoppers answered to "Vous aimez Vitrine ?" over the last 90 days, newest first (docs/engagement.md#satisfaction-question). */
export default async function FeedbackPage() {
  await requireStaff("/admin/feedback");
  const [t, locale, { entries, yes, no }] = await Promise.all([getTranslations("adminFeedback"), getLocale(), listFeedback(await getDb())]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p>{t("summary", { yes, no, days: ASK_AGAIN_AFTER_DAYS })}</p>
      <section aria-labelledby="feedback-list" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption id="feedback-list" className="p-3 text-left text-lg font-semibold">
            {t("list")}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-3">{t("date")}</th>
              <th scope="col" className="p-3">{t("answer")}</th>
              <th scope="col" className="p-3">{t("moment")}</th>
              <th scope="col" className="p-3">{t("message")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-line align-top last:border-0">
                <td className="p-3 whitespace-nowrap">{formatDay(entry.createdAt, locale, { weekday: false, year: true })}</td>
                <td className="p-3">{entry.liked ? t("yes") : t("no")}</td>
                <td className="p-3">{t(`moments.${entry.moment}`)}</td>
                <td className="p-3 whitespace-pre-line">{entry.message ?? "—"}</td>
              </tr>
            ))}
            {!entries.length && (
              <tr>
                <td colSpan={4} className="p-3 text-muted">
                  {t("empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
