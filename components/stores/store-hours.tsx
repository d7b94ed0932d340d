import { getTranslations } from "next-intl/server";
import type { OpeningHours } from "@/lib/stores/opening-hours";

/** The week's opening hours as a table, Monday first, today's row emphasised. */
export async function StoreHours({ hours, today }: { hours: OpeningHours; today: number }) {
  const t = await getTranslations("stores");
  const days = t.raw("days") as string[];
  return (
    <table className="w-full max-w-sm text-sm">
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
              {ranges.length === 0 ? t("closed") : ranges.map(([opens, closes]) => `${opens}–${closes}`).join(", ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
