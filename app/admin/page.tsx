import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/admin/bar-chart";
import { hasDemoTraffic, kpiReport, type KpiReport } from "@/lib/analytics/kpis";
import { daysOf, rangeSchema } from "@/lib/analytics/range";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("dashboardTitle") };
}

type Props = { searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** The KPI dashboard: charts drawn on the server, each with its table; CSV of the same figures. */
export default async function DashboardPage({ searchParams }: Props) {
  await requireStaff("/admin");
  const params = await searchParams;
  const parsed = rangeSchema.safeParse({ from: one(params.from), to: one(params.to) });
  const range = parsed.success ? parsed.data : rangeSchema.parse({});
  const db = await getDb();
  const [t, locale, report, demo] = await Promise.all([getTranslations("admin"), getLocale(), kpiReport(db, range), hasDemoTraffic(db)]);
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR");
  const percent = new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR", { style: "percent", maximumFractionDigits: 1 });
  const n = (value: number) => number.format(value);
  const p = (value: number) => percent.format(value);
  const device = (row: { device: string; installed: boolean }) => `${t(`device.${row.device}`)} · ${row.installed ? t("installedApp") : t("browser")}`;
  const byDay = new Map(report.daily.map((row) => [row.day, row]));
  const days = daysOf(range).map((day) => ({ day, sessions: byDay.get(day)?.sessions ?? 0, orders: byDay.get(day)?.orders ?? 0 }));
  const csv = `/api/admin/kpis?${new URLSearchParams({ ...range, format: "csv" })}`;

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t("dashboardTitle")}</h1>
        {demo && (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-demo-traffic>
            {t("demoTraffic")}
          </p>
        )}
        {!parsed.success && (
          <p role="alert" className="rounded-md bg-stone-100 p-3 text-sm">
            {t("badRange")}
          </p>
        )}
        <form action="/admin" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("from")}
            <input type="date" name="from" defaultValue={range.from} required className="rounded-md border border-stone-400 px-3 py-2" />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("to")}
            <input type="date" name="to" defaultValue={range.to} required className="rounded-md border border-stone-400 px-3 py-2" />
          </label>
          <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
            {t("show")}
          </button>
          <a href={csv} className="ml-auto rounded-md border border-ink px-4 py-2 font-medium" download>
            {t("csv")}
          </a>
        </form>
      </div>

      <section aria-labelledby="kpi-totals">
        <h2 id="kpi-totals" className="mb-3 text-xl font-semibold">
          {t("totals")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {(
            [
              ["visitors", n(report.totals.visitors)],
              ["sessions", n(report.totals.sessions)],
              ["productViews", n(report.totals.productViews)],
              ["addToCart", n(report.totals.addToCart)],
              ["checkoutStarted", n(report.totals.checkoutStarted)],
              ["orders", n(report.totals.orders)],
              ["reservations", n(report.totals.reservations)],
              ["conversionRate", p(report.totals.conversionRate)],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="rounded-lg border border-line bg-white p-3">
              <dt className="text-sm text-muted">{t(`metric.${key}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-kpi={key}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm">
          {t("abandonment")} <strong>{report.totals.abandonmentStep ? t(`step.${report.totals.abandonmentStep}`) : "—"}</strong>
        </p>
      </section>

      <Section id="kpi-daily" title={t("dailyTitle")}>
        <BarChart id="chart-daily" title={t("dailyChart")} data={days.map((d) => ({ label: d.day.slice(5), value: d.sessions }))} format={n} />
        <DataTable caption={t("dailyTable")} head={[t("day"), t("metric.sessions"), t("metric.orders")]} rows={days.map((d) => [d.day, n(d.sessions), n(d.orders)])} collapsed t={t} />
      </Section>

      <Section id="kpi-device" title={t("deviceTitle")}>
        <BarChart id="chart-device" title={t("deviceChart")} data={report.byDevice.map((row) => ({ label: device(row), value: row.conversionRate }))} format={p} />
        <DataTable caption={t("byDevice")} head={[t("deviceColumn"), ...FUNNEL_HEAD(t)]} rows={report.byDevice.map((row) => [device(row), ...funnelCells(row, n, p)])} t={t} />
      </Section>

      <Section id="kpi-source" title={t("sourceTitle")}>
        <BarChart id="chart-source" title={t("sourceChart")} data={report.bySource.slice(0, 10).map((row) => ({ label: row.campaign ?? row.source ?? t("direct"), value: row.orders }))} format={n} />
        <DataTable caption={t("bySource")} head={[t("source"), t("campaign"), ...FUNNEL_HEAD(t)]} rows={report.bySource.map((row) => [row.source ?? t("direct"), row.campaign ?? "—", ...funnelCells(row, n, p)])} t={t} />
      </Section>

      <Section id="kpi-store" title={t("storeTitle")}>
        <p className="text-sm">{t("deliveries", { count: report.deliveries })}</p>
        <BarChart id="chart-store" title={t("storeChart")} data={report.byStore.slice(0, 16).map((row) => ({ label: row.store, value: row.pickupOrders + row.reservations }))} format={n} height={240} />
        <DataTable
          caption={t("byStore")}
          head={[t("store"), t("pickupOrders"), t("inStoreOrders"), t("metric.reservations"), t("soldOutReservations")]}
          rows={report.byStore.map((row) => [row.store, n(row.pickupOrders), n(row.inStoreOrders), n(row.reservations), n(row.soldOutOnlineReservations)])}
          t={t}
        />
      </Section>

      <div className="grid gap-6 md:grid-cols-3">
        <Section id="kpi-cross" title={t("crossTitle")}>
          <p className="text-sm">{t("crossShare", { share: p(report.crossDevice.share), orders: report.crossDevice.crossDeviceOrders, total: report.crossDevice.signedInOrders })}</p>
          <DataTable caption={t("crossPaths")} head={[t("pathFrom"), t("pathTo"), t("metric.orders")]} rows={report.crossDevice.paths.map((row) => [t(`device.${row.from}`), t(`device.${row.to}`), n(row.orders)])} t={t} />
        </Section>
        <Section id="kpi-offline" title={t("offlineTitle")}>
          <Figures t={t} rows={[[t("offlineSessions"), `${n(report.offline.offlineSessions)} (${p(report.offline.share)})`], [t("offlineReplayed"), n(report.offline.cartChangesReplayed)]]} caption={t("offlineTitle")} />
        </Section>
        <Section id="kpi-signup" title={t("signupTitle")}>
          <Figures t={t} rows={[
              [t("signupPrompts"), n(report.signup.promptsShown)],
              [t("signupDismissed"), n(report.signup.dismissed)],
              [t("signupFromPrompt"), n(report.signup.fromPrompt)],
              [t("signupRate"), p(report.signup.rate)],
              [t("signups"), n(report.signup.signups)],
            ]} caption={t("signupTitle")} />
        </Section>
      </div>
    </div>
  );
}

const FUNNEL = ["visitors", "sessions", "productViews", "addToCart", "checkoutStarted", "orders", "reservations", "conversionRate"] as const;
const FUNNEL_HEAD = (t: T) => FUNNEL.map((key) => t(`metric.${key}`));
function funnelCells(row: KpiReport["totals"] | KpiReport["byDevice"][number] | KpiReport["bySource"][number], n: (v: number) => string, p: (v: number) => string) {
  return FUNNEL.map((key) => (key === "conversionRate" ? p(row[key]) : n(row[key])));
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function DataTable({ caption, head, rows, collapsed = false, t }: { caption: string; head: string[]; rows: string[][]; collapsed?: boolean; t: T }) {
  const table = (
    // Focusable: a table wider than a phone scrolls, and keyboard users must reach it.
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="py-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {head.map((cell) => (
              <th key={cell} scope="col" className="px-2 py-1.5 font-medium">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={head.length} className="px-2 py-1.5 text-muted">
                {t("noData")}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={index} className="border-b border-line last:border-0">
                {row.map((cell, column) =>
                  column === 0 ? (
                    <th key={column} scope="row" className="px-2 py-1.5 font-medium">
                      {cell}
                    </th>
                  ) : (
                    <td key={column} className="px-2 py-1.5">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
  if (!collapsed) return table;
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium">{t("showTable")}</summary>
      {table}
    </details>
  );
}

function Figures({ rows, caption, t }: { rows: [string, string][]; caption: string; t: T }) {
  return <DataTable caption={caption} head={[t("figure"), t("value")]} rows={rows} t={t} />;
}
