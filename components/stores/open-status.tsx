import { getLocale, getTranslations } from "next-intl/server";
import { formatClock } from "@/lib/i18n/datetime";
import { nextChange } from "@/lib/stores/opening-hours";
import type { Store } from "@/lib/stores/types";

/** "Ouvert jusqu’à 19 h 30" / "Ouvre demain à 10 h", computed at render time in the store's zone. */
export async function OpenStatus({ store, now = new Date() }: { store: Store; now?: Date }) {
  const [t, locale] = await Promise.all([getTranslations("stores"), getLocale()]);
  const days = t.raw("days") as string[];
  const change = nextChange(store.openingHours, now);
  let text: string;
  if (change.open) text = t("openUntil", { time: formatClock(change.until.time, locale) });
  else if (!change.opensAt) text = t("closedForGood");
  else {
    const { inDays, day, time } = change.opensAt;
    text = t("opensAt", { day: inDays === 0 ? t("today") : inDays === 1 ? t("tomorrow") : days[day]!, time: formatClock(time, locale) });
  }
  return (
    <p className={`text-sm font-medium ${change.open ? "text-ok" : "text-muted"}`}>
      <span aria-hidden="true">{change.open ? "● " : "○ "}</span>
      {text}
    </p>
  );
}
