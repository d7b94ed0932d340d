import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

export async function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  const t = await getTranslations("site");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm text-muted">
      <ol className="flex flex-wrap gap-1">
        {[{ href: "/", label: t("home") }, ...trail].map((item, index) => (
          <li key={index} className="after:ml-1 after:content-['/'] last:after:content-none">
            {item.href ? (
              <Link href={item.href} className="underline underline-offset-4">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
