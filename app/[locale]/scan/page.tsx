import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Scanner, type ScannerTexts } from "@/components/in-store/scanner";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inStore");
  return { title: t("scanTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return [];
}

/** "Scanner un article" (docs/in-store.md): nothing personal, cached, and precached by the service worker for offline scanning. */
export default async function ScanPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("inStore");
  const keys = ["start", "stop", "video", "starting", "aim", "denied", "reading", "typedLabel", "typedHint", "typedSubmit"] as const;
  const texts: ScannerTexts = { ...(Object.fromEntries(keys.map((key) => [key, t(`scan.${key}`)])) as Record<(typeof keys)[number], string>), unknown: t.raw("scan.unknown") as string, invalid: t.raw("scan.invalid") as string };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold tracking-tight">{t("scanTitle")}</h1>
      <p className="max-w-prose text-muted">{t("scanIntro")}</p>
      <Scanner texts={texts} />
    </div>
  );
}
