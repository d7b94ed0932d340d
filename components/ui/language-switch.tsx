"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { LOCALES } from "@/lib/i18n/locales";
import { usePageLocale } from "@/lib/i18n/navigation";
import { localizedPath, withoutLocale } from "@/lib/i18n/paths";

const LANGUAGE_NAMES = { fr: "Français", en: "English" } as const;

/** The same page in the other language: each language has its own URL (docs/api.md#urls). */
export function LanguageSwitch({ label }: { label: string }) {
  const current = usePageLocale() ?? "fr";
  const path = withoutLocale(usePathname() ?? "/");
  return (
    <nav aria-label={label} className="flex gap-3">
      {LOCALES.map((code) => (
        <NextLink
          key={code}
          href={localizedPath(path, code)}
          lang={code}
          hrefLang={code}
          prefetch={false}
          aria-current={code === current ? "true" : undefined}
          className={code === current ? "font-semibold text-ink" : "underline underline-offset-4"}
        >
          {LANGUAGE_NAMES[code]}
        </NextLink>
      ))}
    </nav>
  );
}
