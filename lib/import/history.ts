import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { imports } from "../db/schema";
import type { ImportReport } from "./report";

/** Past imports for the back office (docs/back-office.md, "Catalog"): newest first. */

export const HISTORY_LIMIT = 50;

export interface ImportSummary {
  id: string;
  startedAt: Date;
  status: "succeeded" | "failed";
  changed: boolean;
  productsFile: string;
  rows: number;
  accepted: number;
  rejectedCount: number;
}

export async function listImports(db: Db, limit = HISTORY_LIMIT): Promise<ImportSummary[]> {
  const found = await db
    .select({ id: imports.id, startedAt: imports.startedAt, status: imports.status, changed: imports.changed, report: imports.report })
    .from(imports)
    .orderBy(desc(imports.startedAt))
    .limit(limit);
  return found.map(({ report, ...row }) => {
    const { files, rejectedCount } = report as ImportReport;
    const all = [files.products, files.localInventory, files.stores].filter((file) => file !== undefined);
    return {
      ...row,
      productsFile: files.products.name,
      rows: all.reduce((sum, file) => sum + file.rows, 0),
      accepted: all.reduce((sum, file) => sum + file.accepted, 0),
      rejectedCount,
    };
  });
}

export async function importReport(db: Db, id: string): Promise<ImportReport | undefined> {
  const [row] = await db.select({ report: imports.report }).from(imports).where(eq(imports.id, id));
  return row?.report as ImportReport | undefined;
}
