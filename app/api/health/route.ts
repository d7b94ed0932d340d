import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDatabase } from "@/lib/db/client";
import { apiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

/** Load balancers and the e2e web server poll this: ok only when the database answers. */
export async function GET() {
  try {
    const { db, kind } = await getDatabase();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", db: kind }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[api] health check failed", error);
    return apiError(503, "database_unavailable", "The database does not answer.");
  }
}
