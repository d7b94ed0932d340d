"use client";

import { useLocale } from "next-intl";
import { LOCALES } from "@/lib/i18n/locale";
import { Link, usePathname } from "@/lib/i18n/navigation";

const LANGUAGE_NAMES = { fr: "Français", en: "English" } as const;

/** The same page in the other language: each language has its own URL (docs/api.md#urls). */
export function LanguageSwitch({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex gap-3">
      {LOCALES.map((code) => (
        <Link
          key={code}
          href={pathname}
          locale={code}
          lang={code}
          hrefLang={code}
          prefetch={false}
          aria-current={code === current ? "true" : undefined}
          className={code === current ? "font-semibold text-ink" : "underline underline-offset-4"}
        >
          {LANGUAGE_NAMES[code]}
        </Link>
      ))}
    </nav>
  );
}
