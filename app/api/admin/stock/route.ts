import { type NextRequest } from "next/server";
import { z } from "zod";
import { setStockAsStaff } from "@/lib/admin/stock";
import { getDb } from "@/lib/db/client";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { privateJson } from "@/lib/http/private-response";
import { staffOfRequest } from "@/lib/http/staff-guard";
import { skuSchema, storeSlugSchema } from "@/lib/orders/order-request";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  sku: skuSchema,
  location: storeSlugSchema,
  quantity: z.number().int("must be a whole number").min(0, "must be at least 0").max(100_000, "must be at most 100000"),
});

/**
 * Staff stock count: `{sku, location, quantity}` sets the units available at a location (reserved
 * units not included). Needs a staff role (docs/back-office.md); every open page hears the change.
 */
export const PUT = withApiErrors(async (request: NextRequest) => {
  const staff = await staffOfRequest(request);
  if (!staff.ok) return staff.response;
  const body = await readJsonBody(request, bodySchema);
  if (!body.ok) return body.response;
  const result = await setStockAsStaff(await getDb(), staff.member, body.value);
  if (result.ok) return privateJson(result.level);
  if (result.reason === "unknown_sku") return apiError(400, "unknown_sku", `SKU "${body.value.sku}" is not on sale.`);
  if (result.reason === "unknown_location") return apiError(400, "unknown_location", `No location "${body.value.location}" (use "online" or a store slug).`);
  return apiError(403, "forbidden_location", `Your role covers one store only, not "${body.value.location}".`);
});
