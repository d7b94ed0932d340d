import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { apiError, notFoundError, withApiErrors } from "@/lib/http/api-error";
import type { LatLng } from "@/lib/stores/distance";
import { geocode } from "@/lib/stores/geocode";
import { listStores, skuExists } from "@/lib/stores/queries";

export const dynamic = "force-dynamic";

/** Plain decimal degrees only: Number() would also take "0x10", "1e1" or " " (as 0). */
const degrees = (limit: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,15})?$/, "must be a decimal number of degrees")
    .transform(Number)
    .refine((value) => Math.abs(value) <= limit, `must be between -${limit} and ${limit}`);

const storesQuery = z
  .object({
    sku: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be a SKU code (letters, digits, '.', '_' or '-', at most 64)")
      .optional(),
    lat: degrees(90).optional(),
    lng: degrees(180).optional(),
    postcode: z.string().max(10, "must be at most 10 characters").optional(),
    city: z.string().max(100, "must be at most 100 characters").optional(),
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { message: "give both lat and lng, or neither" })
  // One origin only: silently preferring one would answer a question the caller did not ask.
  .refine((q) => [q.lat, q.postcode, q.city].filter((v) => v !== undefined).length <= 1, {
    message: "give one origin: lat and lng, or postcode, or city",
  });

/** Stores, optionally only those holding a SKU (with `stock`) and nearest first from an origin. */
export const GET = withApiErrors(async (request: NextRequest) => {
  const raw: Record<string, string> = {};
  // Blank fields (a submitted empty form) count as absent.
  for (const key of ["sku", "lat", "lng", "postcode", "city"]) {
    const value = request.nextUrl.searchParams.get(key)?.trim();
    if (value) raw[key] = value;
  }
  const query = storesQuery.parse(raw);

  let origin: LatLng | undefined;
  if (query.lat !== undefined && query.lng !== undefined) origin = { lat: query.lat, lng: query.lng };
  else if (query.postcode) {
    origin = geocode(query.postcode) ?? undefined;
    if (!origin) return apiError(400, "unknown_postcode", `No French postcode or département "${query.postcode}" is known.`);
  } else if (query.city) {
    origin = geocode(query.city) ?? undefined;
    if (!origin) return apiError(400, "unknown_city", `No French city "${query.city}" is known.`);
  }

  const db = await getDb();
  if (query.sku && !(await skuExists(db, query.sku))) return notFoundError(`SKU "${query.sku}"`);
  const stores = await listStores(db, { sku: query.sku, origin });
  return NextResponse.json(
    { stores },
    // With a SKU the answer is live stock, which a cache would show after it has sold.
    { headers: { "Cache-Control": query.sku ? "no-store" : "public, max-age=60, stale-while-revalidate=300" } },
  );
});
