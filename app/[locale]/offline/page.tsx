import { Link } from "@/lib/i18n/navigation";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("offline");
  return { title: t("title"), robots: { index: false } };
}

/** Precached by the service worker; shown for a page that is neither cached nor drawable offline. */
type Props = { params: Promise<{ locale: string }> };

// Rendered on the first request, then cached (a build reads no catalog, so it needs no database).
export function generateStaticParams() {
  return [];
}

/** Nothing personal: a static page, cached like the catalog (docs/scaling.md) and precached by the service worker. */
export default async function OfflinePage({ params }: Props) {
  const { locale: segment } = await params;
  if (!isLocale(segment)) notFound();
  setRequestLocale(segment);
  const t = await getTranslations("offline");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        {/* Offline, Next.js turns a failed client navigation into a full one, which the worker answers. */}
        <Link href="/" className="rounded-md bg-ink px-5 py-3 font-semibold text-white">
          {t("home")}
        </Link>
        <a href="/cart" className="rounded-md border border-ink px-5 py-3 font-semibold">
          {t("cart")}
        </a>
      </p>
    </div>
  );
}
