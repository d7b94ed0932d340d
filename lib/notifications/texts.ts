import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "../i18n/locale";

const catalogs: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import("../../messages/fr.json"),
  en: () => import("../../messages/en.json"),
};

export type Translate = (key: string, values?: Record<string, string>) => string;

/** The `namespace` texts in the recipient's language (theirs when they asked, not the clerk's). */
export async function textsFor(locale: string, namespace: string): Promise<{ locale: Locale; t: Translate }> {
  const chosen: Locale = isLocale(locale) ? locale : "fr";
  const t = createTranslator({ locale: chosen, messages: (await catalogs[chosen]()).default, namespace: namespace as never }) as unknown as Translate;
  return { locale: chosen, t };
}
