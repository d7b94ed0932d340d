import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { LegalLinks } from "@/components/legal/legal-links";
import { requireStaff } from "@/lib/auth/require";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

export const viewport: Viewport = { themeColor: "#9a3412", width: "device-width", initialScale: 1 };

/**
 * The back office's root layout: it lives outside the storefront's `[locale]` segment (private,
 * per request, never cached: docs/back-office.md), so it draws its own document. Every page
 * and action under it checks the role itself too.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { member } = await requireStaff("/admin");
  const [locale, site, t] = await Promise.all([getLocale(), getTranslations("site"), getTranslations("admin")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {site("skipToContent")}
        </a>
        <header className="border-b border-line bg-white">
          <div className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-3">
            <p className="text-lg font-semibold tracking-tight">
              {site("name")} · {t("title")}
            </p>
            <Link href="/" className="text-sm font-medium underline underline-offset-4">
              {t("backToShop")}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-6 px-4 py-6">
          <AdminNav admin={member.role === "admin"} />
          {children}
        </main>
        <footer className="border-t border-line bg-white">
          <div className="mx-auto w-full max-w-6xl px-4 py-4 text-sm text-muted">
            <LegalLinks locale={locale} />
          </div>
        </footer>
      </body>
    </html>
  );
}
