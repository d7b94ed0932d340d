import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { withApiErrors } from "@/lib/http/api-error";
import { vapidDetails } from "@/lib/notifications/vapid";

export const dynamic = "force-dynamic";

/** `GET /api/push/public-key`: the VAPID public key a browser subscribes with (docs/engagement.md#web-push). */
export const GET = withApiErrors(async () => {
  const { publicKey } = await vapidDetails(await getDb());
  return NextResponse.json({ publicKey }, { headers: { "Cache-Control": "no-cache" } });
});
