import type { NextRequest } from "next/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { privateJson, signedOut } from "@/lib/http/private-response";
import { exportPersonalData } from "@/lib/preferences/personal-data";

export const dynamic = "force-dynamic";

/** `GET /api/account/data`: everything the shop holds about the shopper, as a JSON download (docs/engagement.md#data-rights). */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  const data = await exportPersonalData(await getDb(), current.user.id);
  if (!data) return signedOut();
  const day = data.exportedAt.slice(0, 10);
  return privateJson(data, { headers: { "Content-Disposition": `attachment; filename="vitrine-mes-donnees-${day}.json"` } });
});
