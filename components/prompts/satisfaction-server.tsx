import { getTranslations } from "next-intl/server";
import { SatisfactionQuestion, type SatisfactionTexts } from "./satisfaction-question";

const KEYS = ["thanks", "installInvite", "install", "shareInvite", "share", "shareText", "feedbackLabel", "feedbackHint", "feedbackSend", "feedbackThanks", "feedbackFailed"] as const;

/** The satisfaction question with its texts (a client island: it decides whether to ask). */
export async function Satisfaction({ moment }: { moment: "order" | "pickup" }) {
  const t = await getTranslations("prompts");
  const texts: SatisfactionTexts = {
    ...(Object.fromEntries(KEYS.map((key) => [key, t(key)])) as Record<(typeof KEYS)[number], string>),
    title: t("likeTitle"),
    yes: t("likeYes"),
    no: t("likeNo"),
    feedbackTooLong: t.raw("feedbackTooLong") as string,
  };
  return <SatisfactionQuestion moment={moment} texts={texts} />;
}
