import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { apiError, notFoundError, withApiErrors } from "@/lib/http/api-error";
import { findSkuByCode } from "@/lib/in-store/lookup";
import { SKU_CODE } from "@/lib/orders/order-request";

export const dynamic = "force-dynamic";

/** A SKU by its code, a typed reference (docs/api.md, docs/in-store.md): its product page. */
export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ sku: string }> }) => {
  const { sku } = await params;
  if (!SKU_CODE.test(sku)) return apiError(400, "bad_request", "sku: must be a SKU code (letters, digits, '.', '_' or '-', at most 64)");
  const found = await findSkuByCode(await getDb(), sku);
  if (!found) return notFoundError(`SKU "${sku}"`);
  return NextResponse.json(found, { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } });
});
