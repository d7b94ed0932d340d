import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LegalLinks } from "@/components/legal/legal-links";
import { LanguageSwitch } from "./language-switch";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <p>{t("footerNote")}</p>
          <LanguageSwitch label={t("language")} />
          <Link href="/stores" className="underline underline-offset-4">
            {t("stores")}
          </Link>
        </div>
        <LegalLinks />
      </div>
    </footer>
  );
}
