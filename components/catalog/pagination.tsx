import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

/** Page links that keep the current filters; plain links, so it works without JavaScript. */
export async function Pagination({
  basePath,
  params,
  page,
  pages,
}: {
  basePath: string;
  params: URLSearchParams;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("catalog");
  const href = (target: number) => {
    const next = new URLSearchParams(params);
    if (target === 1) next.delete("page");
    else next.set("page", String(target));
    const query = next.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const around = [page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pages);
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line px-3";
  return (
    <nav aria-label={t("pagination")} className="mt-10 flex flex-wrap items-center justify-center gap-2 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">←</span>
          <span className="sr-only">{t("previous")}</span>
        </Link>
      )}
      {around.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className={`${linkClass} border-ink bg-ink font-semibold text-white`}>
            <span className="sr-only">{t("goToPage", { page: p })}</span>
            <span aria-hidden="true">{p}</span>
          </span>
        ) : (
          <Link key={p} href={href(p)} className={linkClass} aria-label={t("goToPage", { page: p })}>
            {p}
          </Link>
        ),
      )}
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          <span className="sr-only">{t("next")}</span>
          <span aria-hidden="true">→</span>
        </Link>
      )}
      <span className="w-full text-center text-muted">{t("pageOf", { page, pages })}</span>
    </nav>
  );
}
