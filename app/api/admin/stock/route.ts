import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { locations } from "@/lib/db/schema";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { setStock } from "@/lib/inventory/stock";
import { skuSchema, storeSlugSchema } from "@/lib/orders/order-request";
import { skuExists } from "@/lib/stores/queries";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  sku: skuSchema,
  location: storeSlugSchema,
  quantity: z.number().int("must be a whole number").min(0, "must be at least 0").max(100_000, "must be at most 100000"),
});

function bearerMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer (.+)$/)?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Staff stock count: `{sku, location, quantity}` sets the units available at a location (reserved
 * units not included). Every open product and availability page hears it through the stock stream.
 * Closed (403) unless ADMIN_TOKEN is set; then `Authorization: Bearer $ADMIN_TOKEN` is required.
 */
export const PUT = withApiErrors(async (request: NextRequest) => {
  const token = process.env.ADMIN_TOKEN;
  if (!token) return apiError(403, "admin_disabled", "Stock administration is disabled: set ADMIN_TOKEN on the server to enable it.");
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return apiError(401, "unauthorized", "Send Authorization: Bearer <ADMIN_TOKEN>.");
  }
  const body = await readJsonBody(request, bodySchema);
  if (!body.ok) return body.response;
  const { sku, location, quantity } = body.value;
  const db = await getDb();
  if (!(await skuExists(db, sku))) return apiError(400, "unknown_sku", `SKU "${sku}" is not on sale.`);
  const [known] = await db.select({ slug: locations.slug }).from(locations).where(eq(locations.slug, location));
  if (!known) return apiError(400, "unknown_location", `No location "${location}" (use "online" or a store slug).`);
  return NextResponse.json(await setStock(db, sku, location, quantity), { headers: { "Cache-Control": "private, no-store" } });
});
