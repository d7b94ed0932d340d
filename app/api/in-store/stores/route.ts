import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { inStoreRadiusMetres } from "@/lib/in-store/geofence";
import { geofencedStores } from "@/lib/in-store/lookup";

export const dynamic = "force-dynamic";

/** Every store's position and in-store radius, for in-store mode's geofence in the browser (docs/in-store.md). */
export const GET = withApiErrors(async () => {
  const stores = await geofencedStores(await getDb(), inStoreRadiusMetres(process.env.IN_STORE_RADIUS_METRES));
  return NextResponse.json({ stores }, { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" } });
});
