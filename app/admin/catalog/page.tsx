import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { importReport, listImports } from "@/lib/import/history";
import type { ImportReport } from "@/lib/import/report";
import { uploadMaxBytes } from "@/lib/import/upload";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 64) : "");
const ERRORS = ["no_products_file", "unsupported_type", "too_large", "bad_request", "import_running"] as const;
const FILES = ["products", "localInventory", "stores"] as const;

/** Upload a retailer's feeds and read each import's report (docs/back-office.md, "Catalog"). Admins only. */
export default async function CatalogPage({ searchParams }: Props) {
  await requireStaff("/admin/catalog", { admin: true });
  const params = await searchParams;
  const db = await getDb();
  const chosen = one(params.import);
  const [t, locale, history, report] = await Promise.all([getTranslations("adminCatalog"), getLocale(), listImports(db), chosen ? importReport(db, chosen) : Promise.resolve(undefined)]);
  const error = ERRORS.find((known) => known === one(params.error));
  const maxMb = Math.round(uploadMaxBytes() / 1024 / 1024);
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      {error && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {t(`error.${error}`, { maxMb })}
        </p>
      )}
      <form method="post" action="/api/admin/imports" encType="multipart/form-data" className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4 sm:max-w-2xl">
        <h2 className="text-xl font-semibold">{t("uploadTitle")}</h2>
        <p className="text-sm text-muted">{t("uploadHelp", { maxMb })}</p>
        {FILES.map((field) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={`file-${field}`} className="font-medium">
              {t(`file.${field}`)}
            </label>
            <input
              id={`file-${field}`}
              name={field}
              type="file"
              required={field === "products"}
              accept={field === "products" ? ".xml,.tsv,.txt,.csv" : ".tsv,.csv,.txt"}
              aria-describedby={`file-${field}-help`}
              className="rounded-md border border-stone-400 p-2 file:mr-3 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:py-1.5 file:font-medium"
            />
            <p id={`file-${field}-help`} className="text-sm text-muted">
              {t(`fileHelp.${field}`)}
            </p>
          </div>
        ))}
        <div className="flex items-start gap-2">
          <input id="import-partial" name="partial" type="checkbox" aria-describedby="import-partial-help" className="mt-1 size-5" />
          <div>
            <label htmlFor="import-partial" className="font-medium">
              {t("partial")}
            </label>
            <p id="import-partial-help" className="text-sm text-muted">
              {t("partialHelp")}
            </p>
          </div>
        </div>
        <button type="submit" className="self-start rounded-md bg-ink px-4 py-2 font-semibold text-white">
          {t("submit")}
        </button>
      </form>
      {chosen && !report && (
        <p role="status" className="rounded-md bg-stone-100 p-3 font-medium">
          {t("reportMissing")}
        </p>
      )}
      {report && <Report report={report} when={date.format(new Date(report.startedAt))} />}
      <section aria-labelledby="imports-history" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption id="imports-history" className="p-3 text-left text-lg font-semibold">
            {t("history")}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-3">{t("when")}</th>
              <th scope="col" className="p-3">{t("productsFile")}</th>
              <th scope="col" className="p-3">{t("status")}</th>
              <th scope="col" className="p-3">{t("changed")}</th>
              <th scope="col" className="p-3">{t("accepted")}</th>
              <th scope="col" className="p-3">{t("rejected")}</th>
            </tr>
          </thead>
          <tbody>
            {history.length === 0 && (
              <tr>
                <td colSpan={6} className="p-3 text-muted">
                  {t("noImports")}
                </td>
              </tr>
            )}
            {history.map((row) => (
              <tr key={row.id} data-import={row.id} className="border-b border-line last:border-0" aria-current={row.id === chosen ? "true" : undefined}>
                <th scope="row" className="p-3 font-medium whitespace-nowrap">
                  <Link href={`/admin/catalog?import=${row.id}`} className="underline underline-offset-4" aria-label={t("openReport", { when: date.format(row.startedAt) })}>
                    {date.format(row.startedAt)}
                  </Link>
                </th>
                <td className="p-3 break-words">{row.productsFile}</td>
                <td className="p-3">{t(`statusValue.${row.status}`)}</td>
                <td className="p-3">{row.changed ? t("yes") : t("no")}</td>
                <td className="p-3 tabular-nums">{t("acceptedOf", { accepted: row.accepted, rows: row.rows })}</td>
                <td className="p-3 tabular-nums">{row.rejectedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** "products.xml, 12 : unexpected end" — where the file could not be read, then why. */
const failure = (error: ImportReport["error"]) => [[error?.file, error?.line].filter(Boolean).join(", "), error?.message].filter(Boolean).join(" : ");

async function Report({ report, when }: { report: ImportReport; when: string }) {
  const [t, reasons] = await Promise.all([getTranslations("adminCatalog"), getTranslations("importReasons")]);
  // Reports kept from before reasons had codes only have the English text.
  const reasonOf = (row: ImportReport["rejected"][number]) => (row.code ? reasons(row.code, row.values) : row.reason);
  const counts = [
    ["products", t("countsProducts", report.products)],
    ["skus", t("countsSkus", report.skus)],
    ["categories", t("countsCategories", report.categories)],
    ["stock", t("countsStock", { ...report.stock, offers: report.localOffers.changed })],
    ["stores", t("countsStores", report.stores)],
    ["pictures", t("countsPictures", report.pictures)],
  ] as const;
  const rowTable = (kind: "rejected" | "warnings", list: ImportReport["rejected"], total: number) => (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-line" role="region" aria-labelledby={`report-${kind}`}>
      <table className="w-full text-left text-sm">
        <caption id={`report-${kind}`} className="p-3 text-left font-semibold">
          {t(`${kind}Caption`, { count: total, shown: list.length, more: total > list.length ? "yes" : "no" })}
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-3">{t("file.label")}</th>
            <th scope="col" className="p-3">{t("line")}</th>
            <th scope="col" className="p-3">{t("id")}</th>
            <th scope="col" className="p-3">{t("field")}</th>
            <th scope="col" className="p-3">{t("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((row, index) => (
            <tr key={`${row.file}-${row.line}-${row.field}-${index}`} className="border-b border-line last:border-0">
              <td className="p-3 whitespace-nowrap">{report.files[row.file]?.name ?? row.file}</td>
              <td className="p-3 tabular-nums">{row.line}</td>
              <td className="p-3 font-mono whitespace-nowrap">{row.id ?? "—"}</td>
              <td className="p-3 font-mono">{row.field}</td>
              <td className="min-w-64 p-3">{reasonOf(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="report-title" className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4">
      <h2 id="report-title" className="text-xl font-semibold">
        {t("reportTitle", { when })}
      </h2>
      <p role="status" className={`rounded-md p-3 font-medium ${report.status === "failed" ? "bg-red-50 text-red-900" : "bg-stone-100"}`}>
        {report.status === "failed" ? t("reportFailed", { message: failure(report.error) }) : report.changed ? t("reportChanged") : t("reportUnchanged")}
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {counts.map(([key, value]) => (
          <div key={key} className="flex flex-col">
            <dt className="text-sm text-muted">{t(`counts.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.rejectedCount > 0 ? rowTable("rejected", report.rejected, report.rejectedCount) : <p>{t("noRejected")}</p>}
      {report.warningCount > 0 && rowTable("warnings", report.warnings, report.warningCount)}
    </section>
  );
}
