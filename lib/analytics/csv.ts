import type { KpiReport } from "./kpis";

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  // Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const lines = (rows: unknown[][]) => rows.map((row) => row.map(cell).join(",")).join("\n");
const FUNNEL = ["visitors", "sessions", "productViews", "addToCart", "checkoutStarted", "orders", "reservations", "conversionRate"] as const;

/** The dashboard as CSV: one block per table, separated by a blank line, each with its header. */
export function kpiCsv(report: KpiReport): string {
  return [
    lines([["section", "from", "to", ...FUNNEL, "abandonmentStep"], ["totals", report.from, report.to, ...FUNNEL.map((k) => report.totals[k]), report.totals.abandonmentStep]]),
    lines([["section", "device", "installed", ...FUNNEL], ...report.byDevice.map((row) => ["byDevice", row.device, row.installed, ...FUNNEL.map((k) => row[k])])]),
    lines([["section", "source", "campaign", ...FUNNEL], ...report.bySource.map((row) => ["bySource", row.source, row.campaign, ...FUNNEL.map((k) => row[k])])]),
    lines([["section", "store", "pickupOrders", "inStoreOrders", "reservations", "soldOutOnlineReservations"], ...report.byStore.map((row) => ["byStore", row.store, row.pickupOrders, row.inStoreOrders, row.reservations, row.soldOutOnlineReservations])]),
    lines([["section", "from", "to", "orders"], ...report.crossDevice.paths.map((row) => ["crossDevice", row.from, row.to, row.orders])]),
    lines([["section", "day", "sessions", "orders"], ...report.daily.map((row) => ["daily", row.day, row.sessions, row.orders])]),
  ].join("\n\n") + "\n";
}
