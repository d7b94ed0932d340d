import type { Rejection } from "./rejection";

/** What an import did (docs/import.md, "Report"); stored in the `imports` table as it is. */
export interface ImportReport {
  id: string;
  startedAt: string;
  finishedAt: string;
  status: "succeeded" | "failed";
  /** Whether the catalog changed at all: false on a re-import of the same feeds. */
  changed: boolean;
  /** Whether products absent from the feed were retired (a full feed) or left alone (partial). */
  full: boolean;
  files: { products: FileSummary; localInventory?: FileSummary; stores?: FileSummary };
  products: { created: number; updated: number; unchanged: number; restored: number; retired: number };
  skus: { created: number; updated: number; unchanged: number; withdrawn: number };
  categories: { created: number; updated: number; retired: number };
  stock: { changed: number; unchanged: number };
  localOffers: { changed: number };
  stores: { created: number; updated: number; unchanged: number };
  pictures: { stored: number; reused: number; missing: number };
  /** Rows left out, up to REPORT_LIST_LIMIT of them (`rejectedCount` has them all). */
  rejected: Rejection[];
  rejectedCount: number;
  /** Accepted rows with something to fix (a picture that could not be read). */
  warnings: Rejection[];
  warningCount: number;
  /** Why the import failed (nothing changed). */
  error?: { file?: string; line?: number; message: string };
  durationMs: number;
}

export interface FileSummary {
  name: string;
  format?: "xml" | "tsv" | "csv";
  rows: number;
  accepted: number;
}

export const REPORT_LIST_LIMIT = 1000;

export function emptyReport(id: string, startedAt: Date, full: boolean, names: { products: string; localInventory?: string; stores?: string }): ImportReport {
  const file = (name: string): FileSummary => ({ name, rows: 0, accepted: 0 });
  return {
    id,
    startedAt: startedAt.toISOString(),
    finishedAt: startedAt.toISOString(),
    status: "succeeded",
    changed: false,
    full,
    files: {
      products: file(names.products),
      ...(names.localInventory ? { localInventory: file(names.localInventory) } : {}),
      ...(names.stores ? { stores: file(names.stores) } : {}),
    },
    products: { created: 0, updated: 0, unchanged: 0, restored: 0, retired: 0 },
    skus: { created: 0, updated: 0, unchanged: 0, withdrawn: 0 },
    categories: { created: 0, updated: 0, retired: 0 },
    stock: { changed: 0, unchanged: 0 },
    localOffers: { changed: 0 },
    stores: { created: 0, updated: 0, unchanged: 0 },
    pictures: { stored: 0, reused: 0, missing: 0 },
    rejected: [],
    rejectedCount: 0,
    warnings: [],
    warningCount: 0,
    durationMs: 0,
  };
}

export function addRejection(report: ImportReport, rejection: Rejection): void {
  report.rejectedCount++;
  if (report.rejected.length < REPORT_LIST_LIMIT) report.rejected.push(rejection);
}

export function addWarning(report: ImportReport, warning: Rejection): void {
  report.warningCount++;
  if (report.warnings.length < REPORT_LIST_LIMIT) report.warnings.push(warning);
}

/** Whether anything in the catalog changed, from the counts. */
export function catalogChanged(report: ImportReport): boolean {
  const { products, skus, categories, stock, localOffers, stores, pictures } = report;
  return (
    products.created + products.updated + products.restored + products.retired + skus.created + skus.updated + skus.withdrawn +
      categories.created + categories.updated + categories.retired + stock.changed + localOffers.changed + stores.created + stores.updated + pictures.stored >
    0
  );
}

/** A few lines for the command line. */
export function summarise(report: ImportReport): string {
  const { products: p, skus: s, stock, stores, pictures, categories: c } = report;
  const lines = [
    `import ${report.id}: ${report.status}${report.status === "succeeded" ? (report.changed ? ", catalog changed" : ", nothing changed") : ", nothing changed"} (${(report.durationMs / 1000).toFixed(1)} s)`,
  ];
  if (report.error) lines.push(`error: ${report.error.file ? `${report.error.file} ` : ""}${report.error.line ? `line ${report.error.line}: ` : ""}${report.error.message}`);
  if (report.status === "succeeded") {
    lines.push(
      `products: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.restored} restored, ${p.retired} retired`,
      `SKUs: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.withdrawn} withdrawn`,
      `categories: ${c.created} created, ${c.updated} updated, ${c.retired} retired; stock levels: ${stock.changed} changed, ${stock.unchanged} unchanged`,
      `stores: ${stores.created} created, ${stores.updated} updated, ${stores.unchanged} unchanged; pictures: ${pictures.stored} stored, ${pictures.reused} reused, ${pictures.missing} missing`,
    );
  }
  lines.push(`rejected rows: ${report.rejectedCount}; warnings: ${report.warningCount}`);
  for (const r of [...report.rejected.slice(0, 50), ...report.warnings.slice(0, 20)]) {
    lines.push(`  ${r.file} line ${r.line}${r.id ? ` (${r.id})` : ""}: ${r.field}: ${r.reason}`);
  }
  return lines.join("\n");
}
