import { getLocale, getTranslations } from "next-intl/server";
import { formatClockRange } from "@/lib/i18n/datetime";
import type { OpeningHours } from "@/lib/stores/opening-hours";

/** The week's opening hours as a table, Monday first, today's row emphasised. */
export async function StoreHours({ hours, today }: { hours: OpeningHours; today: number }) {
  const [t, locale] = await Promise.all([getTranslations("stores"), getLocale()]);
  const days = t.raw("days") as string[];
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("weekHours")}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("day")}</th>
          <th scope="col">{t("hours")}</th>
        </tr>
      </thead>
      <tbody>
        {hours.map((ranges, day) => (
          <tr key={day} className={`border-b border-line ${day === today ? "font-semibold" : ""}`} aria-current={day === today ? "date" : undefined}>
            <th scope="row" className="py-1.5 pr-4 text-left font-normal capitalize">
              {days[day]}
            </th>
            <td className="py-1.5 text-right tabular-nums">
              {ranges.length === 0 ? t("closed") : ranges.map(([opens, closes]) => formatClockRange(opens, closes, locale)).join(", ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
