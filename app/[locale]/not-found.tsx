import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("notFoundText")}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-ink px-5 py-3 font-semibold text-white">
        {t("backHome")}
      </Link>
    </div>
  );
}
