import { NextResponse } from "next/server";
import { isValidGtin } from "@/lib/catalog/gtin";
import { getDb } from "@/lib/db/client";
import { apiError, notFoundError, withApiErrors } from "@/lib/http/api-error";
import { findSkuByGtin } from "@/lib/in-store/lookup";

export const dynamic = "force-dynamic";

/** The SKU behind a barcode (docs/api.md, docs/in-store.md): 400 for anything that is not a GTIN with a valid check digit. */
export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ gtin: string }> }) => {
  const { gtin } = await params;
  if (!isValidGtin(gtin)) return apiError(400, "invalid_gtin", "Give a GTIN: 8, 12, 13 or 14 digits whose last digit is the GS1 check digit.");
  const found = await findSkuByGtin(await getDb(), gtin);
  if (!found) return notFoundError(`GTIN "${gtin}"`);
  return NextResponse.json(found, { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } });
});
