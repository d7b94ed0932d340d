import type { NextRequest } from "next/server";
import { z } from "zod";
import { kpiCsv } from "@/lib/analytics/csv";
import { kpiReport } from "@/lib/analytics/kpis";
import { rangeSchema } from "@/lib/analytics/range";
import { getDb } from "@/lib/db/client";
import { badRequest, withApiErrors, zodMessage } from "@/lib/http/api-error";
import { privateJson, PRIVATE_NO_STORE } from "@/lib/http/private-response";
import { staffOfRequest } from "@/lib/http/staff-guard";

export const dynamic = "force-dynamic";

const querySchema = z.object({ from: z.string().optional(), to: z.string().optional(), format: z.enum(["json", "csv"]).default("json") });

/** The dashboard's figures (docs/back-office.md): `?from=YYYY-MM-DD&to=YYYY-MM-DD` (default the last 30 days), `&format=csv` to download. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const staff = await staffOfRequest(request);
  if (!staff.ok) return staff.response;
  const query = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return badRequest(zodMessage(query.error));
  const range = rangeSchema.safeParse({ from: query.data.from, to: query.data.to });
  if (!range.success) return badRequest(zodMessage(range.error));
  const report = await kpiReport(await getDb(), range.data);
  if (query.data.format === "json") return privateJson(report);
  return new Response(kpiCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="vitrine-kpis-${range.data.from}-${range.data.to}.csv"`,
      "Cache-Control": PRIVATE_NO_STORE,
    },
  });
});
