import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const PAGES = [
  ["/mentions-legales", "mentions"],
  ["/cgv", "cgv"],
  ["/confidentialite", "privacy"],
  ["/livraison-et-retours", "delivery"],
] as const;

/**
 * The four legal pages every footer links to (docs/legal-pages.md). `locale` for layouts
 * outside the `[locale]` segment (the back office), which pass the language themselves.
 */
export async function LegalLinks({ locale }: { locale?: string } = {}) {
  const t = await getTranslations("legal");
  const prefix = locale === "en" ? "/en" : "";
  return (
    <nav aria-label={t("footerTitle")}>
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {PAGES.map(([href, key]) => (
          <li key={href}>
            {locale ? (
              <a href={`${prefix}${href}`} className="underline underline-offset-4">
                {t(key)}
              </a>
            ) : (
              <Link href={href} className="underline underline-offset-4">
                {t(key)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
