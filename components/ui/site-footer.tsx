import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locale";

const LANGUAGE_NAMES = { fr: "Français", en: "English" } as const;

export async function SiteFooter() {
  const [t, locale] = await Promise.all([getTranslations("site"), getLocale()]);
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>{t("footerNote")}</p>
        <nav aria-label={t("language")} className="flex gap-3">
          {LOCALES.map((code) => (
            <a
              key={code}
              href={`/locale?set=${code}`}
              lang={code}
              aria-current={code === locale ? "true" : undefined}
              className={code === locale ? "font-semibold text-ink" : "underline underline-offset-4"}
            >
              {LANGUAGE_NAMES[code]}
            </a>
          ))}
        </nav>
        <Link href="/stores" className="underline underline-offset-4">
          {t("stores")}
        </Link>
      </div>
    </footer>
  );
}
