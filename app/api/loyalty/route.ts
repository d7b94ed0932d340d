import type { NextRequest } from "next/server";
import { getSessionFromHeaders } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { privateJson, signedOut } from "@/lib/http/private-response";
import { toCardData } from "@/lib/loyalty/card-response";
import { loyaltySummary } from "@/lib/loyalty/loyalty";

export const dynamic = "force-dynamic";

/** `GET /api/loyalty`: the signed-in shopper's card, points, tier, offers and challenges (docs/api.md#loyalty). */
export const GET = withApiErrors(async (request: NextRequest) => {
  const current = await getSessionFromHeaders(request.headers);
  if (!current) return signedOut();
  return privateJson(toCardData(await loyaltySummary(await getDb(), current.user.id)));
});
