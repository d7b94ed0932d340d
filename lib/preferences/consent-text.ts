import { TRANSACTIONAL_TOPICS, type Topic } from "./shape";

/** The `preferences` messages this needs (next-intl's translator fits). */
export type PreferenceTexts = (key: string) => string;

/**
 * The exact words the preference center shows for a subject, stored with each consent record
 * (docs/engagement.md#consent-records): the group's legend and hint, then the control's label.
 */
export function consentTextFor(t: PreferenceTexts, subject: string): string {
  const [group, item] = subject.split(".");
  switch (group) {
    case "channels":
      return `${t("channelsLegend")} ${t("channelsHint")} — ${t(`channel.${item}`)}`;
    case "topics":
      return TRANSACTIONAL_TOPICS.includes(item as Topic)
        ? `${t("serviceLegend")} ${t("serviceHint")} — ${t(`topic.${item}`)}`
        : `${t("topicsLegend")} ${t("topicsHint")} — ${t(`topic.${item}`)}`;
    case "interests":
      return t("interestsLegend");
    case "sizes":
      return `${t("sizesLegend")} — ${t("sizesHint")}`;
    default:
      return `${t("storeLegend")} — ${t("storeHint")}`;
  }
}
